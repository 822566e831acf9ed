from .._enum import OktaEnum


class UserBlockType(OktaEnum):
    """Values of `UserBlockType`; an unknown value parses too (see `OktaEnum`)."""

    DEVICE_BASED = "DEVICE_BASED"
