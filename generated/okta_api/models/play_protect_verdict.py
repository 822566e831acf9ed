from .._enum import OktaEnum


class PlayProtectVerdict(OktaEnum):
    """Values of `PlayProtectVerdict`; an unknown value parses too (see `OktaEnum`)."""

    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
