from .._enum import OktaEnum


class UniversalLogoutCapabilityCapability(OktaEnum):
    """Values of `UniversalLogoutCapabilityCapability`; an unknown value parses too (see `OktaEnum`)."""

    UNIVERSAL_LOGOUT = "UNIVERSAL_LOGOUT"
