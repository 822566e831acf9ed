from .._enum import OktaEnum


class TokenDeliveryMode(OktaEnum):
    """Values of `TokenDeliveryMode`; an unknown value parses too (see `OktaEnum`)."""

    POLL = "poll"
