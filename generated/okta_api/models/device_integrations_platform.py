from .._enum import OktaEnum


class DeviceIntegrationsPlatform(OktaEnum):
    """Values of `DeviceIntegrationsPlatform`; an unknown value parses too (see `OktaEnum`)."""

    ANDROID = "ANDROID"
    CHROMEOS = "CHROMEOS"
    IOS = "IOS"
    MACOS = "MACOS"
    WINDOWS = "WINDOWS"
