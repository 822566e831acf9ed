from .._enum import OktaEnum


class Channel(OktaEnum):
    """Values of `Channel`; an unknown value parses too (see `OktaEnum`)."""

    PUSH = "push"
    SMS = "sms"
    VOICE = "voice"
