from .._enum import OktaEnum


class UserFactorVerifyResultWaiting(OktaEnum):
    """Values of `UserFactorVerifyResultWaiting`; an unknown value parses too (see `OktaEnum`)."""

    WAITING = "WAITING"
    """Verification is in progress"""
