from .._enum import OktaEnum


class ChangeEnum(OktaEnum):
    """Values of `ChangeEnum`; an unknown value parses too (see `OktaEnum`)."""

    CHANGE = "CHANGE"
    KEEP_EXISTING = "KEEP_EXISTING"
