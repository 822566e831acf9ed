from .._enum import OktaEnum


class PlayProtectVerdict(OktaEnum):
    """Values of `PlayProtectVerdict`; an unknown value parses too (see `OktaEnum`)."""

    HIGH = "HIGH"
    """Play Protect is turned on and has either found dangerous apps installed on the device or its verdict
    wasn't evaluated. That is, the device isn't trustworthy enough."""
    LOW = "LOW"
    """Play Protect is turned on and didn't find any app issues on the device"""
    MEDIUM = "MEDIUM"
    """Play Protect is turned on and either hasn't performed a scan yet or has found potentially harmful
    apps installed on the device"""
