from .._enum import OktaEnum


class IframeEmbedScopeAllowedApps(OktaEnum):
    """Values of `IframeEmbedScopeAllowedApps`; an unknown value parses too (see `OktaEnum`)."""

    OKTA_ENDUSER = "OKTA_ENDUSER"
