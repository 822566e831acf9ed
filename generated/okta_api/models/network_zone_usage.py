from .._enum import OktaEnum


class NetworkZoneUsage(OktaEnum):
    """Values of `NetworkZoneUsage`; an unknown value parses too (see `OktaEnum`)."""

    BLOCKLIST = "BLOCKLIST"
    POLICY = "POLICY"
