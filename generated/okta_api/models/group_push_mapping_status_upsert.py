from .._enum import OktaEnum


class GroupPushMappingStatusUpsert(OktaEnum):
    """Values of `GroupPushMappingStatusUpsert`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
