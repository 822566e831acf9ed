from .._enum import OktaEnum


class DevicePostureChecksPlatform(OktaEnum):
    """Values of `DevicePostureChecksPlatform`; an unknown value parses too (see `OktaEnum`)."""

    MACOS = "MACOS"
    WINDOWS = "WINDOWS"
