from .._enum import OktaEnum


class ExpressConfigureCapabilityType(OktaEnum):
    """Values of `ExpressConfigureCapabilityType`; an unknown value parses too (see `OktaEnum`)."""

    PROVISIONING = "PROVISIONING"
    SSO = "SSO"
    UNIVERSAL_LOGOUT = "UNIVERSAL_LOGOUT"
