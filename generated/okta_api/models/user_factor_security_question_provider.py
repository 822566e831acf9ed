from .._enum import OktaEnum


class UserFactorSecurityQuestionProvider(OktaEnum):
    """Values of `UserFactorSecurityQuestionProvider`; an unknown value parses too (see `OktaEnum`)."""

    OKTA = "OKTA"
