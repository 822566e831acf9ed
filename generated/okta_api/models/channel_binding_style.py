from .._enum import OktaEnum


class ChannelBindingStyle(OktaEnum):
    """Values of `ChannelBindingStyle`; an unknown value parses too (see `OktaEnum`)."""

    NUMBER_CHALLENGE = "NUMBER_CHALLENGE"
