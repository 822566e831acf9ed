from .._enum import OktaEnum


class GracePeriodType(OktaEnum):
    """Values of `GracePeriodType`; an unknown value parses too (see `OktaEnum`)."""

    BY_DATE_TIME = "BY_DATE_TIME"
    """The Grace Period configured for this device assurance policy expires at a specified date and time"""
    BY_DURATION = "BY_DURATION"
    """The Grace Period configured for this device assurance policy expires after a specified duration"""
