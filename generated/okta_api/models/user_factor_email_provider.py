from .._enum import OktaEnum


class UserFactorEmailProvider(OktaEnum):
    """Values of `UserFactorEmailProvider`; an unknown value parses too (see `OktaEnum`)."""

    OKTA = "OKTA"
