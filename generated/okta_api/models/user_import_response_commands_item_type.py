from .._enum import OktaEnum


class UserImportResponseCommandsItemType(OktaEnum):
    """Values of `UserImportResponseCommandsItemType`; an unknown value parses too (see `OktaEnum`)."""

    COM_OKTA_ACTION_UPDATE = "com.okta.action.update"
    """Specify whether to create a new Okta user for the user being imported or treat them as a match of an
    existing Okta user"""
    COM_OKTA_APPUSER_PROFILE_UPDATE = "com.okta.appUser.profile.update"
    """Change values of attributes in the user's app user profile"""
    COM_OKTA_USER_PROFILE_UPDATE = "com.okta.user.profile.update"
    """Change values of attributes in the user's Okta user profile"""
    COM_OKTA_USER_UPDATE = "com.okta.user.update"
    """Specify the existing Okta user that the imported user should be treated as a match of."""
