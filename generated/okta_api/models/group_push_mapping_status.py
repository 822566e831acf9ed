from .._enum import OktaEnum


class GroupPushMappingStatus(OktaEnum):
    """Values of `GroupPushMappingStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    """The group push mapping is active and Okta pushes membership changes to the target group"""
    ERROR = "ERROR"
    """The group push mapping is in an error state and Okta doesn't push membership changes to the target
    group"""
    INACTIVE = "INACTIVE"
    """The group push mapping is inactive and Okta doesn't push membership changes to the target group"""
