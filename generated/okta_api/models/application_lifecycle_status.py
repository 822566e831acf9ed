from .._enum import OktaEnum


class ApplicationLifecycleStatus(OktaEnum):
    """Values of `ApplicationLifecycleStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    DELETED = "DELETED"
    INACTIVE = "INACTIVE"
