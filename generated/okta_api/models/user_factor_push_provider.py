from .._enum import OktaEnum


class UserFactorPushProvider(OktaEnum):
    """Values of `UserFactorPushProvider`; an unknown value parses too (see `OktaEnum`)."""

    OKTA = "OKTA"
