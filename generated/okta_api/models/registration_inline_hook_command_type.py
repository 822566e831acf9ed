from .._enum import OktaEnum


class RegistrationInlineHookCommandType(OktaEnum):
    """Values of `RegistrationInlineHookCommandType`; an unknown value parses too (see `OktaEnum`)."""

    COM_OKTA_ACTION_UPDATE = "com.okta.action.update"
    COM_OKTA_USER_PROFILE_UPDATE = "com.okta.user.profile.update"
    COM_OKTA_USER_PROGRESSIVE_PROFILE_UPDATE = "com.okta.user.progressive.profile.update"
