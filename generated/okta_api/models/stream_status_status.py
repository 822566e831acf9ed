from .._enum import OktaEnum


class StreamStatusStatus(OktaEnum):
    """Values of `StreamStatusStatus`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "disabled"
    """The transmitter MUST NOT transmit events over the stream and doesn't hold any events for later
    transmission."""
    ENABLED = "enabled"
    """The transmitter MUST transmit events over the stream according to the stream’s configured delivery
    method."""
