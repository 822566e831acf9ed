from .._enum import OktaEnum


class GovernanceApprovalDecisionType(OktaEnum):
    """Values of `GovernanceApprovalDecisionType`; an unknown value parses too (see `OktaEnum`)."""

    APPROVE = "APPROVE"
    CANCEL = "CANCEL"
    DENY = "DENY"
