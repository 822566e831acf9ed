from .._enum import OktaEnum


class PinRequestFulfillmentProvider(OktaEnum):
    """Values of `PinRequestFulfillmentProvider`; an unknown value parses too (see `OktaEnum`)."""

    YUBICO = "yubico"
