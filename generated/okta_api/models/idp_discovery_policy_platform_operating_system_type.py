from .._enum import OktaEnum


class IdpDiscoveryPolicyPlatformOperatingSystemType(OktaEnum):
    """Values of `IdpDiscoveryPolicyPlatformOperatingSystemType`; an unknown value parses too (see `OktaEnum`)."""

    ANDROID = "ANDROID"
    ANY = "ANY"
    CHROMEOS = "CHROMEOS"
    IOS = "IOS"
    LINUX = "LINUX"
    OSX = "OSX"
    OTHER = "OTHER"
    WINDOWS = "WINDOWS"
