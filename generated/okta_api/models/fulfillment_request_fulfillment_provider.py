from .._enum import OktaEnum


class FulfillmentRequestFulfillmentProvider(OktaEnum):
    """Values of `FulfillmentRequestFulfillmentProvider`; an unknown value parses too (see `OktaEnum`)."""

    YUBICO = "yubico"
