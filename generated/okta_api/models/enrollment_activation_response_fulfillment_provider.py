from .._enum import OktaEnum


class EnrollmentActivationResponseFulfillmentProvider(OktaEnum):
    """Values of `EnrollmentActivationResponseFulfillmentProvider`; an unknown value parses too (see `OktaEnum`)."""

    YUBICO = "yubico"
