from .._enum import OktaEnum


class Capability(OktaEnum):
    """Values of `Capability`; an unknown value parses too (see `OktaEnum`)."""

    API_SERVICE = "API_SERVICE"
    ENTITLEMENTS = "ENTITLEMENTS"
    IDV = "IDV"
    PROVISIONING = "PROVISIONING"
    SSO = "SSO"
    UNIVERSAL_LOGOUT = "UNIVERSAL_LOGOUT"
