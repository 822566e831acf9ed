from .._enum import OktaEnum


class OperationResponseStatus(OktaEnum):
    """Values of `OperationResponseStatus`; an unknown value parses too (see `OktaEnum`)."""

    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    SCHEDULED = "SCHEDULED"
