from .._enum import OktaEnum


class OSVersionConstraintMajorVersionConstraint(OktaEnum):
    """Values of `OSVersionConstraintMajorVersionConstraint`; an unknown value parses too (see `OktaEnum`)."""

    WINDOWS_10 = "WINDOWS_10"
    """The device is on Windows 10 or an older Windows version"""
    WINDOWS_11 = "WINDOWS_11"
    """The device is on Windows 11"""
