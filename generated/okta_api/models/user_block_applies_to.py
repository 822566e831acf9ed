from .._enum import OktaEnum


class UserBlockAppliesTo(OktaEnum):
    """Values of `UserBlockAppliesTo`; an unknown value parses too (see `OktaEnum`)."""

    ANY_DEVICES = "ANY_DEVICES"
    UNKNOWN_DEVICES = "UNKNOWN_DEVICES"
