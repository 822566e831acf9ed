from .._enum import OktaEnum


class ApplicationUniversalLogoutStatus(OktaEnum):
    """Values of `ApplicationUniversalLogoutStatus`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    """Universal Logout is disabled"""
    ENABLED = "ENABLED"
    """Universal Logout is enabled. Users are signed out of the app instance when the Okta system or an
    admin initiates logout."""
    UNSUPPORTED = "UNSUPPORTED"
    """The app doesn't support Universal Logout"""
