from .._enum import OktaEnum


class OAuth2RefreshTokenStatus(OktaEnum):
    """Values of `OAuth2RefreshTokenStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    REVOKED = "REVOKED"
