from .._enum import OktaEnum


class PasswordProtectionWarningTrigger(OktaEnum):
    """Values of `PasswordProtectionWarningTrigger`; an unknown value parses too (see `OktaEnum`)."""

    PASSWORD_PROTECTION_OFF = "PASSWORD_PROTECTION_OFF"
    PASSWORD_REUSE = "PASSWORD_REUSE"
    PHISHING_REUSE = "PHISHING_REUSE"
