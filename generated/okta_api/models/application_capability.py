from .._enum import OktaEnum


class ApplicationCapability(OktaEnum):
    """Values of `ApplicationCapability`; an unknown value parses too (see `OktaEnum`)."""

    PROVISIONING = "PROVISIONING"
    SSO = "SSO"
    UNIVERSAL_LOGOUT = "UNIVERSAL_LOGOUT"
