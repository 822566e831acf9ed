from .._enum import OktaEnum


class PlatformConditionEvaluatorPlatformOperatingSystemType(OktaEnum):
    """Values of `PlatformConditionEvaluatorPlatformOperatingSystemType`; an unknown value parses too (see `OktaEnum`)."""

    ANDROID = "ANDROID"
    ANY = "ANY"
    IOS = "IOS"
    OSX = "OSX"
    OTHER = "OTHER"
    WINDOWS = "WINDOWS"
