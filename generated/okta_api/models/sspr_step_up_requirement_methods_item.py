from .._enum import OktaEnum


class SsprStepUpRequirementMethodsItem(OktaEnum):
    """Values of `SsprStepUpRequirementMethodsItem`; an unknown value parses too (see `OktaEnum`)."""

    SECURITY_QUESTION = "security_question"
