from .._enum import OktaEnum


class GovernanceSourceType(OktaEnum):
    """Values of `GovernanceSourceType`; an unknown value parses too (see `OktaEnum`)."""

    CUSTOM = "CUSTOM"
    ENTITLEMENT_BUNDLE = "ENTITLEMENT-BUNDLE"
