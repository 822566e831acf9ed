from .._enum import OktaEnum


class ApplicationUniversalLogoutProtocol(OktaEnum):
    """Values of `ApplicationUniversalLogoutProtocol`; an unknown value parses too (see `OktaEnum`)."""

    GLOBAL_TOKEN_REVOCATION = "GLOBAL_TOKEN_REVOCATION"
    PROPRIETARY = "PROPRIETARY"
