from .._enum import OktaEnum


class OpenIdConnectApplicationIdpInitiatedLoginMode(OktaEnum):
    """Values of `OpenIdConnectApplicationIdpInitiatedLoginMode`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    OKTA = "OKTA"
    SPEC = "SPEC"
