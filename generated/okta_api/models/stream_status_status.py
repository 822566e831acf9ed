from .._enum import OktaEnum


class StreamStatusStatus(OktaEnum):
    """Values of `StreamStatusStatus`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "disabled"
    ENABLED = "enabled"
