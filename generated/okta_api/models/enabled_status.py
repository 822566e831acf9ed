from .._enum import OktaEnum


class EnabledStatus(OktaEnum):
    """Values of `EnabledStatus`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    ENABLED = "ENABLED"
