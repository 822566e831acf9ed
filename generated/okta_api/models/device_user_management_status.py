from .._enum import OktaEnum


class DeviceUserManagementStatus(OktaEnum):
    """Values of `DeviceUserManagementStatus`; an unknown value parses too (see `OktaEnum`)."""

    MANAGED = "MANAGED"
    """The device has management software installed"""
    NOT_MANAGED = "NOT_MANAGED"
    """The device doesn't have management software installed"""
