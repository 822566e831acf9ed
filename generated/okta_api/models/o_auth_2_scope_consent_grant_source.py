from .._enum import OktaEnum


class OAuth2ScopeConsentGrantSource(OktaEnum):
    """Values of `OAuth2ScopeConsentGrantSource`; an unknown value parses too (see `OktaEnum`)."""

    ADMIN = "ADMIN"
    END_USER = "END_USER"
