from .._enum import OktaEnum


class NetworkZoneType(OktaEnum):
    """Values of `NetworkZoneType`; an unknown value parses too (see `OktaEnum`)."""

    DYNAMIC = "DYNAMIC"
    IP = "IP"
