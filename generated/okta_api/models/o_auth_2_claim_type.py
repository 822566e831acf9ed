from .._enum import OktaEnum


class OAuth2ClaimType(OktaEnum):
    """Values of `OAuth2ClaimType`; an unknown value parses too (see `OktaEnum`)."""

    IDENTITY = "IDENTITY"
    RESOURCE = "RESOURCE"
