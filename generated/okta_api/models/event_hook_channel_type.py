from .._enum import OktaEnum


class EventHookChannelType(OktaEnum):
    """Values of `EventHookChannelType`; an unknown value parses too (see `OktaEnum`)."""

    HTTP = "HTTP"
