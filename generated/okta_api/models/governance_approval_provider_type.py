from .._enum import OktaEnum


class GovernanceApprovalProviderType(OktaEnum):
    """Values of `GovernanceApprovalProviderType`; an unknown value parses too (see `OktaEnum`)."""

    EXTERNAL = "EXTERNAL"
    OKTA = "OKTA"
