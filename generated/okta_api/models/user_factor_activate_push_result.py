from .._enum import OktaEnum


class UserFactorActivatePushResult(OktaEnum):
    """Values of `UserFactorActivatePushResult`; an unknown value parses too (see `OktaEnum`)."""

    CANCELLED = "CANCELLED"
    ERROR = "ERROR"
    TIMEOUT = "TIMEOUT"
    WAITING = "WAITING"
