from .._enum import OktaEnum


class OktaSupportAccessStatus(OktaEnum):
    """Values of `OktaSupportAccessStatus`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    ENABLED = "ENABLED"
    NOT_REQUESTED = "NOT_REQUESTED"
    REQUESTED = "REQUESTED"
