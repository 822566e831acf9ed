from .._enum import OktaEnum


class TrustedOriginScopeType(OktaEnum):
    """Values of `TrustedOriginScopeType`; an unknown value parses too (see `OktaEnum`)."""

    CORS = "CORS"
    IFRAME_EMBED = "IFRAME_EMBED"
    REDIRECT = "REDIRECT"
