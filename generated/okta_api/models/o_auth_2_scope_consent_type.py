from .._enum import OktaEnum


class OAuth2ScopeConsentType(OktaEnum):
    """Values of `OAuth2ScopeConsentType`; an unknown value parses too (see `OktaEnum`)."""

    FLEXIBLE = "FLEXIBLE"
    IMPLICIT = "IMPLICIT"
    REQUIRED = "REQUIRED"
