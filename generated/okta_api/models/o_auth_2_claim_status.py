from .._enum import OktaEnum


class OAuth2ClaimStatus(OktaEnum):
    """Values of `OAuth2ClaimStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
