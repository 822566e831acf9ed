from .._enum import OktaEnum


class OAuth2ClientJsonWebKeyRequestBaseStatus(OktaEnum):
    """Values of `OAuth2ClientJsonWebKeyRequestBaseStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
