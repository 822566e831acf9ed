from .._enum import OktaEnum


class NetworkZoneStatus(OktaEnum):
    """Values of `NetworkZoneStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
