from .._enum import OktaEnum


class DeviceUserScreenLockType(OktaEnum):
    """Values of `DeviceUserScreenLockType`; an unknown value parses too (see `OktaEnum`)."""

    BIOMETRIC = "BIOMETRIC"
    NONE = "NONE"
    PASSCODE = "PASSCODE"
