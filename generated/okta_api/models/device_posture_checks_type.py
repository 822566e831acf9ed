from .._enum import OktaEnum


class DevicePostureChecksType(OktaEnum):
    """Values of `DevicePostureChecksType`; an unknown value parses too (see `OktaEnum`)."""

    BUILTIN = "BUILTIN"
    CUSTOM = "CUSTOM"
