from .._enum import OktaEnum


class ApplicationUniversalLogoutSupportType(OktaEnum):
    """Values of `ApplicationUniversalLogoutSupportType`; an unknown value parses too (see `OktaEnum`)."""

    FULL = "FULL"
    """Full UL support (users are signed out of an app when the Okta system or an admin initiates logout)"""
    PARTIAL = "PARTIAL"
    """This app's sign-out behavior can be different from other supported UL apps."""
