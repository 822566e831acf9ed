from .._enum import OktaEnum


class BulkDeleteRequestBodyEntityType(OktaEnum):
    """Values of `BulkDeleteRequestBodyEntityType`; an unknown value parses too (see `OktaEnum`)."""

    USERS = "USERS"
