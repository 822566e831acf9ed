from .._enum import OktaEnum


class SelfAssignedStatus(OktaEnum):
    """Values of `SelfAssignedStatus`; an unknown value parses too (see `OktaEnum`)."""

    APPROVED = "APPROVED"
    NOT_REQUIRED = "NOT_REQUIRED"
    REQUESTED = "REQUESTED"
