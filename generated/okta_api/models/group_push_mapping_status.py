from .._enum import OktaEnum


class GroupPushMappingStatus(OktaEnum):
    """Values of `GroupPushMappingStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    ERROR = "ERROR"
    INACTIVE = "INACTIVE"
