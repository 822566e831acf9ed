from .._enum import OktaEnum


class OAuth2TokenStatus(OktaEnum):
    """Values of `OAuth2TokenStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    REVOKED = "REVOKED"
