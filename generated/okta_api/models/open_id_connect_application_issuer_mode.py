from .._enum import OktaEnum


class OpenIdConnectApplicationIssuerMode(OktaEnum):
    """Values of `OpenIdConnectApplicationIssuerMode`; an unknown value parses too (see `OktaEnum`)."""

    CUSTOM_URL = "CUSTOM_URL"
    DYNAMIC = "DYNAMIC"
    ORG_URL = "ORG_URL"
