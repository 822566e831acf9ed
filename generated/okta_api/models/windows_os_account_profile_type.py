from .._enum import OktaEnum


class WindowsOSAccountProfileType(OktaEnum):
    """Values of `WindowsOSAccountProfileType`; an unknown value parses too (see `OktaEnum`)."""

    WINDOWS = "WINDOWS"
