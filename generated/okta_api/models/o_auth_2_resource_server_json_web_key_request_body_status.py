from .._enum import OktaEnum


class OAuth2ResourceServerJsonWebKeyRequestBodyStatus(OktaEnum):
    """Values of `OAuth2ResourceServerJsonWebKeyRequestBodyStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
