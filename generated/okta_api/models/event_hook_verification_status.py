from .._enum import OktaEnum


class EventHookVerificationStatus(OktaEnum):
    """Values of `EventHookVerificationStatus`; an unknown value parses too (see `OktaEnum`)."""

    UNVERIFIED = "UNVERIFIED"
    VERIFIED = "VERIFIED"
