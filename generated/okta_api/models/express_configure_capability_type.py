from .._enum import OktaEnum


class ExpressConfigureCapabilityType(OktaEnum):
    """Values of `ExpressConfigureCapabilityType`; an unknown value parses too (see `OktaEnum`)."""

    PROVISIONING = "PROVISIONING"
    """Express setup enabled for provisioning"""
    SSO = "SSO"
    """Express setup enabled for SSO"""
    UNIVERSAL_LOGOUT = "UNIVERSAL_LOGOUT"
    """Express setup enabled for Universal Logout"""
