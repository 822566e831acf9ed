from .._enum import OktaEnum


class OpenIdConnectApplicationNetworkConnection(OktaEnum):
    """Values of `OpenIdConnectApplicationNetworkConnection`; an unknown value parses too (see `OktaEnum`)."""

    ANYWHERE = "ANYWHERE"
    ZONE = "ZONE"
