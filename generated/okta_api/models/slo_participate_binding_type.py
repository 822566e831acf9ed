from .._enum import OktaEnum


class SloParticipateBindingType(OktaEnum):
    """Values of `SloParticipateBindingType`; an unknown value parses too (see `OktaEnum`)."""

    POST = "POST"
    REDIRECT = "REDIRECT"
