from .._enum import OktaEnum


class ListDevicesExpand(OktaEnum):
    """Values of `ListDevicesExpand`; an unknown value parses too (see `OktaEnum`)."""

    USER = "user"
    USERSUMMARY = "userSummary"
