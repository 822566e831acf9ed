from .._enum import OktaEnum


class ProvisioningDeprovisionedConditionAction(OktaEnum):
    """Values of `ProvisioningDeprovisionedConditionAction`; an unknown value parses too (see `OktaEnum`)."""

    NONE = "NONE"
    REACTIVATE = "REACTIVATE"
