from .._enum import OktaEnum


class UserFactorResultType(OktaEnum):
    """Values of `UserFactorResultType`; an unknown value parses too (see `OktaEnum`)."""

    CANCELLED = "CANCELLED"
    CHALLENGE = "CHALLENGE"
    ERROR = "ERROR"
    FAILED = "FAILED"
    PASSCODE_REPLAYED = "PASSCODE_REPLAYED"
    REJECTED = "REJECTED"
    SUCCESS = "SUCCESS"
    TIMEOUT = "TIMEOUT"
    TIME_WINDOW_EXCEEDED = "TIME_WINDOW_EXCEEDED"
    WAITING = "WAITING"
