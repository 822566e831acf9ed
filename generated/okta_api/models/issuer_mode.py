from .._enum import OktaEnum


class IssuerMode(OktaEnum):
    """Values of `IssuerMode`; an unknown value parses too (see `OktaEnum`)."""

    CUSTOM_URL = "CUSTOM_URL"
    DYNAMIC = "DYNAMIC"
    ORG_URL = "ORG_URL"
