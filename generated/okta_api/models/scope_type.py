from .._enum import OktaEnum


class ScopeType(OktaEnum):
    """Values of `ScopeType`; an unknown value parses too (see `OktaEnum`)."""

    CORS = "CORS"
    IFRAME_EMBED = "IFRAME_EMBED"
    REDIRECT = "REDIRECT"
