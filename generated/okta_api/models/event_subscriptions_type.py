from .._enum import OktaEnum


class EventSubscriptionsType(OktaEnum):
    """Values of `EventSubscriptionsType`; an unknown value parses too (see `OktaEnum`)."""

    EVENT_TYPE = "EVENT_TYPE"
    FLOW_EVENT = "FLOW_EVENT"
