from .._enum import OktaEnum


class UserFactorTokenHOTPProvider(OktaEnum):
    """Values of `UserFactorTokenHOTPProvider`; an unknown value parses too (see `OktaEnum`)."""

    CUSTOM = "CUSTOM"
