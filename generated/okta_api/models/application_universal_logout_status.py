from .._enum import OktaEnum


class ApplicationUniversalLogoutStatus(OktaEnum):
    """Values of `ApplicationUniversalLogoutStatus`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    ENABLED = "ENABLED"
    UNSUPPORTED = "UNSUPPORTED"
