from .._enum import OktaEnum


class OAuth2ClaimClaimType(OktaEnum):
    """Values of `OAuth2ClaimClaimType`; an unknown value parses too (see `OktaEnum`)."""

    IDENTITY = "IDENTITY"
    RESOURCE = "RESOURCE"
