from .._enum import OktaEnum


class UserImportResponseCommandsItemType(OktaEnum):
    """Values of `UserImportResponseCommandsItemType`; an unknown value parses too (see `OktaEnum`)."""

    COM_OKTA_ACTION_UPDATE = "com.okta.action.update"
    COM_OKTA_APPUSER_PROFILE_UPDATE = "com.okta.appUser.profile.update"
    COM_OKTA_USER_PROFILE_UPDATE = "com.okta.user.profile.update"
    COM_OKTA_USER_UPDATE = "com.okta.user.update"
