from .._enum import OktaEnum


class OpenIdConnectApplicationNetworkConnection(OktaEnum):
    """Values of `OpenIdConnectApplicationNetworkConnection`; an unknown value parses too (see `OktaEnum`)."""

    ANYWHERE = "ANYWHERE"
    """There is no restrictions on network zones."""
    ZONE = "ZONE"
    """There are network restrictions on network zones. Zones are specified in the `include` or `exclude`
    array."""
