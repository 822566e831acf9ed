from .._enum import OktaEnum


class VerifyUserFactorResponseFactorResult(OktaEnum):
    """Values of `VerifyUserFactorResponseFactorResult`; an unknown value parses too (see `OktaEnum`)."""

    CHALLENGE = "CHALLENGE"
    ERROR = "ERROR"
    EXPIRED = "EXPIRED"
    FAILED = "FAILED"
    PASSCODE_REPLAYED = "PASSCODE_REPLAYED"
    REJECTED = "REJECTED"
    SUCCESS = "SUCCESS"
    TIMEOUT = "TIMEOUT"
    TIME_WINDOW_EXCEEDED = "TIME_WINDOW_EXCEEDED"
    WAITING = "WAITING"
