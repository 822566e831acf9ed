from .._enum import OktaEnum


class PasswordProtectionWarningTrigger(OktaEnum):
    """Values of `PasswordProtectionWarningTrigger`; an unknown value parses too (see `OktaEnum`)."""

    PASSWORD_PROTECTION_OFF = "PASSWORD_PROTECTION_OFF"
    """Password protection warning is off"""
    PASSWORD_REUSE = "PASSWORD_REUSE"
    """Password protection warning is triggered by password reuse"""
    PHISHING_REUSE = "PHISHING_REUSE"
    """Password protection warning is triggered by password reuse on a phishing page"""
