from .._enum import OktaEnum


class ScreenLockType(OktaEnum):
    """Values of `ScreenLockType`; an unknown value parses too (see `OktaEnum`)."""

    BIOMETRIC = "BIOMETRIC"
    NONE = "NONE"
    PASSCODE = "PASSCODE"
