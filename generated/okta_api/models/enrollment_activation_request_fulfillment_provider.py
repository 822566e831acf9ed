from .._enum import OktaEnum


class EnrollmentActivationRequestFulfillmentProvider(OktaEnum):
    """Values of `EnrollmentActivationRequestFulfillmentProvider`; an unknown value parses too (see `OktaEnum`)."""

    YUBICO = "yubico"
