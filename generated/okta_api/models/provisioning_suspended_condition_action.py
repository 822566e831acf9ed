from .._enum import OktaEnum


class ProvisioningSuspendedConditionAction(OktaEnum):
    """Values of `ProvisioningSuspendedConditionAction`; an unknown value parses too (see `OktaEnum`)."""

    NONE = "NONE"
    UNSUSPEND = "UNSUSPEND"
