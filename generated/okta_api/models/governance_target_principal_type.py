from .._enum import OktaEnum


class GovernanceTargetPrincipalType(OktaEnum):
    """Values of `GovernanceTargetPrincipalType`; an unknown value parses too (see `OktaEnum`)."""

    OKTA_USER = "OKTA_USER"
