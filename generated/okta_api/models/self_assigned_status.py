from .._enum import OktaEnum


class SelfAssignedStatus(OktaEnum):
    """Values of `SelfAssignedStatus`; an unknown value parses too (see `OktaEnum`)."""

    APPROVED = "APPROVED"
    """Okta Support access is approved by the customer for the self-assigned case"""
    NOT_REQUIRED = "NOT_REQUIRED"
    """Approval isn't required because the case wasn't self-created and self-assigned by an Okta Support
    user"""
    REQUESTED = "REQUESTED"
    """Customer approval for self-assigned case requested"""
