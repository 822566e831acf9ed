from .._enum import OktaEnum


class UserBlockAppliesTo(OktaEnum):
    """Values of `UserBlockAppliesTo`; an unknown value parses too (see `OktaEnum`)."""

    ANY_DEVICES = "ANY_DEVICES"
    """The account is blocked for all devices"""
    UNKNOWN_DEVICES = "UNKNOWN_DEVICES"
    """The account is only blocked for unknown devices"""
