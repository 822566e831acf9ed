from .._enum import OktaEnum


class ListGroupRulesExpand(OktaEnum):
    """Values of `ListGroupRulesExpand`; an unknown value parses too (see `OktaEnum`)."""

    GROUPIDTOGROUPNAMEMAP = "groupIdToGroupNameMap"
