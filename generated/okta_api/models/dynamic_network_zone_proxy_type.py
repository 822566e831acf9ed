from .._enum import OktaEnum


class DynamicNetworkZoneProxyType(OktaEnum):
    """Values of `DynamicNetworkZoneProxyType`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "Any"
    NOTTORANONYMIZER = "NotTorAnonymizer"
    NULL = "null"
    TOR = "Tor"
