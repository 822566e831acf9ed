from .._enum import OktaEnum


class OSVersionConstraintMajorVersionConstraint(OktaEnum):
    """Values of `OSVersionConstraintMajorVersionConstraint`; an unknown value parses too (see `OktaEnum`)."""

    WINDOWS_10 = "WINDOWS_10"
    WINDOWS_11 = "WINDOWS_11"
