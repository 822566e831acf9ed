from .._enum import OktaEnum


class AgentUpdateInstanceStatus(OktaEnum):
    """Values of `AgentUpdateInstanceStatus`; an unknown value parses too (see `OktaEnum`)."""

    CANCELLED = "Cancelled"
    FAILED = "Failed"
    INPROGRESS = "InProgress"
    PENDINGCOMPLETION = "PendingCompletion"
    SCHEDULED = "Scheduled"
    SUCCESS = "Success"
