from .._enum import OktaEnum


class IdentityProviderIssuerMode(OktaEnum):
    """Values of `IdentityProviderIssuerMode`; an unknown value parses too (see `OktaEnum`)."""

    CUSTOM_URL = "CUSTOM_URL"
    DYNAMIC = "DYNAMIC"
    ORG_URL = "ORG_URL"
