from .._enum import OktaEnum


class AuthenticatorMethodProperty(OktaEnum):
    """Values of `AuthenticatorMethodProperty`; an unknown value parses too (see `OktaEnum`)."""

    DEVICE_BOUND = "DEVICE_BOUND"
    HARDWARE_PROTECTED = "HARDWARE_PROTECTED"
    PHISHING_RESISTANT = "PHISHING_RESISTANT"
    USER_PRESENCE = "USER_PRESENCE"
    USER_VERIFYING = "USER_VERIFYING"
