from .._enum import OktaEnum


class OAuth2ScopeConsent(OktaEnum):
    """Values of `OAuth2ScopeConsent`; an unknown value parses too (see `OktaEnum`)."""

    ADMIN = "ADMIN"
    IMPLICIT = "IMPLICIT"
    REQUIRED = "REQUIRED"
