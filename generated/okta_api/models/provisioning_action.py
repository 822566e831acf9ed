from .._enum import OktaEnum


class ProvisioningAction(OktaEnum):
    """Values of `ProvisioningAction`; an unknown value parses too (see `OktaEnum`)."""

    AUTO = "AUTO"
    DISABLED = "DISABLED"
