from .._enum import OktaEnum


class OperationalStatus(OktaEnum):
    """Values of `OperationalStatus`; an unknown value parses too (see `OktaEnum`)."""

    DEGRADED = "DEGRADED"
    DISRUPTED = "DISRUPTED"
    INACTIVE = "INACTIVE"
    OPERATIONAL = "OPERATIONAL"
