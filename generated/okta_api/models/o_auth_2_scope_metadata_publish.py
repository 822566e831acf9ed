from .._enum import OktaEnum


class OAuth2ScopeMetadataPublish(OktaEnum):
    """Values of `OAuth2ScopeMetadataPublish`; an unknown value parses too (see `OktaEnum`)."""

    ALL_CLIENTS = "ALL_CLIENTS"
    NO_CLIENTS = "NO_CLIENTS"
