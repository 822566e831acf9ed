from .._enum import OktaEnum


class AuthenticationMethodPhishingResistant(OktaEnum):
    """Values of `AuthenticationMethodPhishingResistant`; an unknown value parses too (see `OktaEnum`)."""

    OPTIONAL = "OPTIONAL"
    REQUIRED = "REQUIRED"
