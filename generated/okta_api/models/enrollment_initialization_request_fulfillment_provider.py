from .._enum import OktaEnum


class EnrollmentInitializationRequestFulfillmentProvider(OktaEnum):
    """Values of `EnrollmentInitializationRequestFulfillmentProvider`; an unknown value parses too (see `OktaEnum`)."""

    YUBICO = "yubico"
