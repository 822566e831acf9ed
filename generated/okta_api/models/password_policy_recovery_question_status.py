from .._enum import OktaEnum


class PasswordPolicyRecoveryQuestionStatus(OktaEnum):
    """Values of `PasswordPolicyRecoveryQuestionStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
