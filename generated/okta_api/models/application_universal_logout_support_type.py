from .._enum import OktaEnum


class ApplicationUniversalLogoutSupportType(OktaEnum):
    """Values of `ApplicationUniversalLogoutSupportType`; an unknown value parses too (see `OktaEnum`)."""

    FULL = "FULL"
    PARTIAL = "PARTIAL"
