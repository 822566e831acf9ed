from .._enum import OktaEnum


class SsoCapabilityCapability(OktaEnum):
    """Values of `SsoCapabilityCapability`; an unknown value parses too (see `OktaEnum`)."""

    SSO = "SSO"
