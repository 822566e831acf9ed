from .._enum import OktaEnum


class ScreenLockComplexity(OktaEnum):
    """Values of `ScreenLockComplexity`; an unknown value parses too (see `OktaEnum`)."""

    HIGH = "HIGH"
    """A complex 8-digit PIN, or 6-character alphabetic or alphanumeric screen lock is set"""
    LOW = "LOW"
    """A pattern or PIN is set"""
    MEDIUM = "MEDIUM"
    """A complex PIN, or alphabetic or alphanumeric screen lock with at least 4 digits is set"""
