from .._enum import OktaEnum


class EventSubscriptionType(OktaEnum):
    """Values of `EventSubscriptionType`; an unknown value parses too (see `OktaEnum`)."""

    EVENT_TYPE = "EVENT_TYPE"
