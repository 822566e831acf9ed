from .._enum import OktaEnum


class OAuth2ResourceServerJsonWebKeyStatus(OktaEnum):
    """Values of `OAuth2ResourceServerJsonWebKeyStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
