from .._enum import OktaEnum


class BulkUpsertRequestBodyEntityType(OktaEnum):
    """Values of `BulkUpsertRequestBodyEntityType`; an unknown value parses too (see `OktaEnum`)."""

    USERS = "USERS"
