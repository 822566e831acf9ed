from .._enum import OktaEnum


class InlineHookChannelType(OktaEnum):
    """Values of `InlineHookChannelType`; an unknown value parses too (see `OktaEnum`)."""

    HTTP = "HTTP"
    OAUTH = "OAUTH"
