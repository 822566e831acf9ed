from .._enum import OktaEnum


class DeviceStatus(OktaEnum):
    """Values of `DeviceStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    """Use activated devices to create and delete device user links"""
    DEACTIVATED = "DEACTIVATED"
    """Deactivation causes a device to lose all device user links. Set the device status to `DEACTIVATED`
    before deleting it."""
    SUSPENDED = "SUSPENDED"
    """Use suspended devices to create and delete device user links. You can only unsuspend or deactivate
    suspended devices."""
    UNSUSPENDED = "UNSUSPENDED"
    """Returns a suspended device to `ACTIVE`."""
