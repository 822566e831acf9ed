from .._enum import OktaEnum


class DevicePolicyRuleConditionPlatformTypesItem(OktaEnum):
    """Values of `DevicePolicyRuleConditionPlatformTypesItem`; an unknown value parses too (see `OktaEnum`)."""

    ANDROID = "ANDROID"
    IOS = "IOS"
    OSX = "OSX"
    WINDOWS = "WINDOWS"
