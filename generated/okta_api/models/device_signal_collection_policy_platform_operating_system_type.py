from .._enum import OktaEnum


class DeviceSignalCollectionPolicyPlatformOperatingSystemType(OktaEnum):
    """Values of `DeviceSignalCollectionPolicyPlatformOperatingSystemType`; an unknown value parses too (see `OktaEnum`)."""

    ANDROID = "ANDROID"
    CHROMEOS = "CHROMEOS"
    IOS = "IOS"
    MACOS = "MACOS"
    WINDOWS = "WINDOWS"
