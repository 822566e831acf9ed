from .._enum import OktaEnum


class PolicyUserStatus(OktaEnum):
    """Values of `PolicyUserStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVATING = "ACTIVATING"
    ACTIVE = "ACTIVE"
    DELETED = "DELETED"
    DELETING = "DELETING"
    EXPIRED_PASSWORD = "EXPIRED_PASSWORD"
    INACTIVE = "INACTIVE"
    PENDING = "PENDING"
    SUSPENDED = "SUSPENDED"
