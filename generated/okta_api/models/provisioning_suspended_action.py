from .._enum import OktaEnum


class ProvisioningSuspendedAction(OktaEnum):
    """Values of `ProvisioningSuspendedAction`; an unknown value parses too (see `OktaEnum`)."""

    NONE = "NONE"
    UNSUSPEND = "UNSUSPEND"
