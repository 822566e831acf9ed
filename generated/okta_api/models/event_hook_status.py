from .._enum import OktaEnum


class EventHookStatus(OktaEnum):
    """Values of `EventHookStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
