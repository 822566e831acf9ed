from .._enum import OktaEnum


class ApplicationFeatureType(OktaEnum):
    """Values of `ApplicationFeatureType`; an unknown value parses too (see `OktaEnum`)."""

    INBOUND_PROVISIONING = "INBOUND_PROVISIONING"
    USER_PROVISIONING = "USER_PROVISIONING"
