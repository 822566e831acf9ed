from .._enum import OktaEnum


class EnrollmentInitializationResponseFulfillmentProvider(OktaEnum):
    """Values of `EnrollmentInitializationResponseFulfillmentProvider`; an unknown value parses too (see `OktaEnum`)."""

    YUBICO = "yubico"
