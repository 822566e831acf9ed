from .._enum import OktaEnum


class Platform(OktaEnum):
    """Values of `Platform`; an unknown value parses too (see `OktaEnum`)."""

    ANDROID = "ANDROID"
    CHROMEOS = "CHROMEOS"
    IOS = "IOS"
    MACOS = "MACOS"
    WINDOWS = "WINDOWS"
