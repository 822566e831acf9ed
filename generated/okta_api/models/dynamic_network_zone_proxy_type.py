from .._enum import OktaEnum


class DynamicNetworkZoneProxyType(OktaEnum):
    """Values of `DynamicNetworkZoneProxyType`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "Any"
    """Use any proxy type for the Dynamic Zone."""
    NOTTORANONYMIZER = "NotTorAnonymizer"
    """Use a non Tor Anonymizer proxy for the Dynamic Zone."""
    NULL = "null"
    """(Or `""`) No proxy used"""
    TOR = "Tor"
    """Use Tor Anonymizer proxy for the Dynamic Zone."""
