from .._enum import OktaEnum


class DeviceIntegrity(OktaEnum):
    """Values of `DeviceIntegrity`; an unknown value parses too (see `OktaEnum`)."""

    MEETS_BASIC_INTEGRITY = "MEETS_BASIC_INTEGRITY"
    MEETS_DEVICE_INTEGRITY = "MEETS_DEVICE_INTEGRITY"
    MEETS_STRONG_INTEGRITY = "MEETS_STRONG_INTEGRITY"
