from .._enum import OktaEnum


class NetworkZoneAddressType(OktaEnum):
    """Values of `NetworkZoneAddressType`; an unknown value parses too (see `OktaEnum`)."""

    CIDR = "CIDR"
    RANGE = "RANGE"
