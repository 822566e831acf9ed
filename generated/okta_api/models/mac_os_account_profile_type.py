from .._enum import OktaEnum


class MacOSAccountProfileType(OktaEnum):
    """Values of `MacOSAccountProfileType`; an unknown value parses too (see `OktaEnum`)."""

    MACOS = "MACOS"
