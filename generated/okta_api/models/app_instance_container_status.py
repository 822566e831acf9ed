from .._enum import OktaEnum


class AppInstanceContainerStatus(OktaEnum):
    """Values of `AppInstanceContainerStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    DELETED = "DELETED"
    INACTIVE = "INACTIVE"
