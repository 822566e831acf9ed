from .._enum import OktaEnum


class DeviceStatus(OktaEnum):
    """Values of `DeviceStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    DEACTIVATED = "DEACTIVATED"
    SUSPENDED = "SUSPENDED"
    UNSUSPENDED = "UNSUSPENDED"
