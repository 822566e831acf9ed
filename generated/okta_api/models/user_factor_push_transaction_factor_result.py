from .._enum import OktaEnum


class UserFactorPushTransactionFactorResult(OktaEnum):
    """Values of `UserFactorPushTransactionFactorResult`; an unknown value parses too (see `OktaEnum`)."""

    REJECTED = "REJECTED"
    SUCCESS = "SUCCESS"
    TIMEOUT = "TIMEOUT"
    WAITING = "WAITING"
    WAITING_WITH_NUMBER_MATCHING_CHALLENGE = "WAITING (with number matching challenge)"
