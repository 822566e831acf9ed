from .._enum import OktaEnum


class ProvisioningGroupsAction(OktaEnum):
    """Values of `ProvisioningGroupsAction`; an unknown value parses too (see `OktaEnum`)."""

    APPEND = "APPEND"
    ASSIGN = "ASSIGN"
    NONE = "NONE"
    SYNC = "SYNC"
