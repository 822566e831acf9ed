from .._enum import OktaEnum


class ApplicationUniversalLogoutIdentityStack(OktaEnum):
    """Values of `ApplicationUniversalLogoutIdentityStack`; an unknown value parses too (see `OktaEnum`)."""

    NOT_SHARED = "NOT_SHARED"
    SHARED = "SHARED"
