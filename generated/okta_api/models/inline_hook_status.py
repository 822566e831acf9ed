from .._enum import OktaEnum


class InlineHookStatus(OktaEnum):
    """Values of `InlineHookStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
