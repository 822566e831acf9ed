from .._enum import OktaEnum


class LogStreamStatus(OktaEnum):
    """Values of `LogStreamStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
