from .._enum import OktaEnum


class OAuth2ScopeConsentGrantStatus(OktaEnum):
    """Values of `OAuth2ScopeConsentGrantStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    REVOKED = "REVOKED"
