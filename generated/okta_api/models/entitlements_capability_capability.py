from .._enum import OktaEnum


class EntitlementsCapabilityCapability(OktaEnum):
    """Values of `EntitlementsCapabilityCapability`; an unknown value parses too (see `OktaEnum`)."""

    ENTITLEMENTS = "ENTITLEMENTS"
