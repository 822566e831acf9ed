from .._enum import OktaEnum


class ProvisioningCapabilityCapability(OktaEnum):
    """Values of `ProvisioningCapabilityCapability`; an unknown value parses too (see `OktaEnum`)."""

    PROVISIONING = "PROVISIONING"
