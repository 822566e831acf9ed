from .._enum import OktaEnum


class DeviceUserManagementStatus(OktaEnum):
    """Values of `DeviceUserManagementStatus`; an unknown value parses too (see `OktaEnum`)."""

    MANAGED = "MANAGED"
    NOT_MANAGED = "NOT_MANAGED"
