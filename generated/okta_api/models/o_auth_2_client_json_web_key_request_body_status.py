from .._enum import OktaEnum


class OAuth2ClientJsonWebKeyRequestBodyStatus(OktaEnum):
    """Values of `OAuth2ClientJsonWebKeyRequestBodyStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
