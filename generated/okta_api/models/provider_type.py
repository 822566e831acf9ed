from .._enum import OktaEnum


class ProviderType(OktaEnum):
    """Values of `ProviderType`; an unknown value parses too (see `OktaEnum`)."""

    APNS = "APNS"
    FCM = "FCM"
