from .._enum import OktaEnum


class EventHookChannelConfigAuthSchemeType(OktaEnum):
    """Values of `EventHookChannelConfigAuthSchemeType`; an unknown value parses too (see `OktaEnum`)."""

    HEADER = "HEADER"
