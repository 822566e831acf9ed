from .._enum import OktaEnum


class LifecycleStatus(OktaEnum):
    """Values of `LifecycleStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
