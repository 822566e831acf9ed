from .._enum import OktaEnum


class UserFactorSMSProvider(OktaEnum):
    """Values of `UserFactorSMSProvider`; an unknown value parses too (see `OktaEnum`)."""

    OKTA = "OKTA"
