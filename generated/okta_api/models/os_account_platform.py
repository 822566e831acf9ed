from .._enum import OktaEnum


class OSAccountPlatform(OktaEnum):
    """Values of `OSAccountPlatform`; an unknown value parses too (see `OktaEnum`)."""

    MACOS = "MACOS"
    """macOS operating system"""
    WINDOWS = "WINDOWS"
    """Windows operating system"""
