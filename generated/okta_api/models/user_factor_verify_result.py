from .._enum import OktaEnum


class UserFactorVerifyResult(OktaEnum):
    """Values of `UserFactorVerifyResult`; an unknown value parses too (see `OktaEnum`)."""

    CHALLENGE = "CHALLENGE"
    ERROR = "ERROR"
    EXPIRED = "EXPIRED"
    FAILED = "FAILED"
    PASSCODE_REPLAYED = "PASSCODE_REPLAYED"
    REJECTED = "REJECTED"
    SUCCESS = "SUCCESS"
    TIMEOUT = "TIMEOUT"
    TIME_WINDOW_EXCEEDED = "TIME_WINDOW_EXCEEDED"
