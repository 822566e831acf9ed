from .._enum import OktaEnum


class ListDevicesExpand(OktaEnum):
    """Values of `ListDevicesExpand`; an unknown value parses too (see `OktaEnum`)."""

    USER = "user"
    """Lists full details for associated users"""
    USERSUMMARY = "userSummary"
    """Lists summaries for associated users"""
