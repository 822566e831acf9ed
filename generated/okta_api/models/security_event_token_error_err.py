from .._enum import OktaEnum


class SecurityEventTokenErrorErr(OktaEnum):
    """Values of `SecurityEventTokenErrorErr`; an unknown value parses too (see `OktaEnum`)."""

    AUTHENTICATION_FAILED = "authentication_failed"
    INVALID_AUDIENCE = "invalid_audience"
    INVALID_ISSUER = "invalid_issuer"
    INVALID_KEY = "invalid_key"
    INVALID_REQUEST = "invalid_request"
