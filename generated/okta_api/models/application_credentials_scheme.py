from .._enum import OktaEnum


class ApplicationCredentialsScheme(OktaEnum):
    """Values of `ApplicationCredentialsScheme`; an unknown value parses too (see `OktaEnum`)."""

    ADMIN_SETS_CREDENTIALS = "ADMIN_SETS_CREDENTIALS"
    """Admin sets username and password"""
    EDIT_PASSWORD_ONLY = "EDIT_PASSWORD_ONLY"
    """Admin sets username, user sets password"""
    EDIT_USERNAME_AND_PASSWORD = "EDIT_USERNAME_AND_PASSWORD"
    """User sets username and password"""
    EXTERNAL_PASSWORD_SYNC = "EXTERNAL_PASSWORD_SYNC"
    """Admin sets username, password is the same as user's Okta password"""
    SHARED_USERNAME_AND_PASSWORD = "SHARED_USERNAME_AND_PASSWORD"
    """Users share a single username and password set by the admin"""
