from .._enum import OktaEnum


class LogOutcomeResult(OktaEnum):
    """Values of `LogOutcomeResult`; an unknown value parses too (see `OktaEnum`)."""

    ABANDONED = "ABANDONED"
    ALLOW = "ALLOW"
    CHALLENGE = "CHALLENGE"
    DEFERRED = "DEFERRED"
    DENY = "DENY"
    FAILURE = "FAILURE"
    RATE_LIMIT = "RATE_LIMIT"
    SCHEDULED = "SCHEDULED"
    SKIPPED = "SKIPPED"
    SUCCESS = "SUCCESS"
    UNANSWERED = "UNANSWERED"
    UNKNOWN = "UNKNOWN"
