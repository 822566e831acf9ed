from .._enum import OktaEnum


class ScheduledUserLifecycleActionStatus(OktaEnum):
    """Values of `ScheduledUserLifecycleActionStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVATING = "ACTIVATING"
    ACTIVE = "ACTIVE"
    DELETED = "DELETED"
    DELETING = "DELETING"
    EXPIRED_PASSWORD = "EXPIRED_PASSWORD"
    INACTIVE = "INACTIVE"
    PENDING = "PENDING"
    SUSPENDED = "SUSPENDED"
