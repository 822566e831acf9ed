from .._enum import OktaEnum


class ClassificationType(OktaEnum):
    """Values of `ClassificationType`; an unknown value parses too (see `OktaEnum`)."""

    LITE = "LITE"
    """Lite"""
    STANDARD = "STANDARD"
    """Standard"""
