from .._enum import OktaEnum


class SubscriptionStatus(OktaEnum):
    """Values of `SubscriptionStatus`; an unknown value parses too (see `OktaEnum`)."""

    SUBSCRIBED = "subscribed"
    UNSUBSCRIBED = "unsubscribed"
