from .._enum import OktaEnum


class PrivilegedResourceType(OktaEnum):
    """Values of `PrivilegedResourceType`; an unknown value parses too (see `OktaEnum`)."""

    APP_ACCOUNT = "APP_ACCOUNT"
    """Represents a privileged resource that belongs to an app"""
    OKTA_USER_ACCOUNT = "OKTA_USER_ACCOUNT"
    """Represents a privileged resource that belongs to Okta"""
