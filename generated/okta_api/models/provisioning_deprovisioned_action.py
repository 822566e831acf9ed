from .._enum import OktaEnum


class ProvisioningDeprovisionedAction(OktaEnum):
    """Values of `ProvisioningDeprovisionedAction`; an unknown value parses too (see `OktaEnum`)."""

    NONE = "NONE"
    REACTIVATE = "REACTIVATE"
