from .._enum import OktaEnum


class NetworkZoneType(OktaEnum):
    """Values of `NetworkZoneType`; an unknown value parses too (see `OktaEnum`)."""

    DYNAMIC = "DYNAMIC"
    DYNAMIC_V2 = "DYNAMIC_V2"
    IP = "IP"
