from .._enum import OktaEnum


class GovernanceAccessScopeType(OktaEnum):
    """Values of `GovernanceAccessScopeType`; an unknown value parses too (see `OktaEnum`)."""

    APPLICATION = "APPLICATION"
    ENTITLEMENT_BUNDLE = "ENTITLEMENT_BUNDLE"
    GROUP = "GROUP"
    REQUEST_TYPE = "REQUEST_TYPE"
