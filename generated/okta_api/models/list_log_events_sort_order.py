from .._enum import OktaEnum


class ListLogEventsSortOrder(OktaEnum):
    """Values of `ListLogEventsSortOrder`; an unknown value parses too (see `OktaEnum`)."""

    ASCENDING = "ASCENDING"
    DESCENDING = "DESCENDING"
