from .._enum import OktaEnum


class LogScreenLockType(OktaEnum):
    """Values of `LogScreenLockType`; an unknown value parses too (see `OktaEnum`)."""

    BIOMETRIC = "BIOMETRIC"
    NONE = "NONE"
    PASSCODE = "PASSCODE"
