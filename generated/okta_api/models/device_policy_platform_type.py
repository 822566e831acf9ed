from .._enum import OktaEnum


class DevicePolicyPlatformType(OktaEnum):
    """Values of `DevicePolicyPlatformType`; an unknown value parses too (see `OktaEnum`)."""

    ANDROID = "ANDROID"
    IOS = "IOS"
    OSX = "OSX"
    WINDOWS = "WINDOWS"
