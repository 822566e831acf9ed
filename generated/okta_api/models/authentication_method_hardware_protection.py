from .._enum import OktaEnum


class AuthenticationMethodHardwareProtection(OktaEnum):
    """Values of `AuthenticationMethodHardwareProtection`; an unknown value parses too (see `OktaEnum`)."""

    OPTIONAL = "OPTIONAL"
    REQUIRED = "REQUIRED"
