from .._enum import OktaEnum


class IdentitySourceSessionStatus(OktaEnum):
    """Values of `IdentitySourceSessionStatus`; an unknown value parses too (see `OktaEnum`)."""

    CLOSED = "CLOSED"
    COMPLETED = "COMPLETED"
    CREATED = "CREATED"
    ERROR = "ERROR"
    EXPIRED = "EXPIRED"
    IN_PROGRESS = "IN_PROGRESS"
    TRIGGERED = "TRIGGERED"
