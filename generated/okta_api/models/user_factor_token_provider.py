from .._enum import OktaEnum


class UserFactorTokenProvider(OktaEnum):
    """Values of `UserFactorTokenProvider`; an unknown value parses too (see `OktaEnum`)."""

    RSA = "RSA"
    SYMANTEC = "SYMANTEC"
