from .._enum import OktaEnum


class OpenIdConnectApplicationSettingsClientBackchannelTokenDeliveryMode(OktaEnum):
    """Values of `OpenIdConnectApplicationSettingsClientBackchannelTokenDeliveryMode`; an unknown value parses too (see `OktaEnum`)."""

    PING = "ping"
    POLL = "poll"
    PUSH = "push"
