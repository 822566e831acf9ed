from .._enum import OktaEnum


class ApplicationUniversalLogoutProtocol(OktaEnum):
    """Values of `ApplicationUniversalLogoutProtocol`; an unknown value parses too (see `OktaEnum`)."""

    GLOBAL_TOKEN_REVOCATION = "GLOBAL_TOKEN_REVOCATION"
    """Universal Logout is implemented with the [Global Token
    Revocation](https://datatracker.ietf.org/doc/draft-parecki-oauth-global-token-revocation/) protocol.
    See the [Global Token Revocation
    API](https://developer.okta.com/docs/api/openapi/okta-oauth/oauth/tag/GlobalTokenRevocation/)."""
    PROPRIETARY = "PROPRIETARY"
    """Universal Logout is implemented with a proprietary method."""
