from .._enum import OktaEnum


class GovernanceRequestApprovalStatus(OktaEnum):
    """Values of `GovernanceRequestApprovalStatus`; an unknown value parses too (see `OktaEnum`)."""

    APPROVED = "APPROVED"
    DENIED = "DENIED"
