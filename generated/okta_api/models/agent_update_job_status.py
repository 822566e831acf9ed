from .._enum import OktaEnum


class AgentUpdateJobStatus(OktaEnum):
    """Values of `AgentUpdateJobStatus`; an unknown value parses too (see `OktaEnum`)."""

    CANCELLED = "Cancelled"
    FAILED = "Failed"
    INPROGRESS = "InProgress"
    PAUSED = "Paused"
    SCHEDULED = "Scheduled"
    SUCCESS = "Success"
