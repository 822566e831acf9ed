from .._enum import OktaEnum


class GracePeriodType(OktaEnum):
    """Values of `GracePeriodType`; an unknown value parses too (see `OktaEnum`)."""

    BY_DATE_TIME = "BY_DATE_TIME"
    BY_DURATION = "BY_DURATION"
