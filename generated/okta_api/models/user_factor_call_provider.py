from .._enum import OktaEnum


class UserFactorCallProvider(OktaEnum):
    """Values of `UserFactorCallProvider`; an unknown value parses too (see `OktaEnum`)."""

    OKTA = "OKTA"
