from .._enum import OktaEnum


class PolicyPlatformOperatingSystemType(OktaEnum):
    """Values of `PolicyPlatformOperatingSystemType`; an unknown value parses too (see `OktaEnum`)."""

    ANDROID = "ANDROID"
    ANY = "ANY"
    CHROMEOS = "CHROMEOS"
    IOS = "IOS"
    LINUX = "LINUX"
    MACOS = "MACOS"
    OTHER = "OTHER"
    WINDOWS = "WINDOWS"
