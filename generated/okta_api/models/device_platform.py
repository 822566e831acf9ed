from .._enum import OktaEnum


class DevicePlatform(OktaEnum):
    """Values of `DevicePlatform`; an unknown value parses too (see `OktaEnum`)."""

    ANDROID = "ANDROID"
    IOS = "IOS"
    MACOS = "MACOS"
    WINDOWS = "WINDOWS"
