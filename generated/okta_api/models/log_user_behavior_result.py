from .._enum import OktaEnum


class LogUserBehaviorResult(OktaEnum):
    """Values of `LogUserBehaviorResult`; an unknown value parses too (see `OktaEnum`)."""

    BAD_REQUEST = "BAD_REQUEST"
    NEGATIVE = "NEGATIVE"
    POSITIVE = "POSITIVE"
    UNKNOWN = "UNKNOWN"
