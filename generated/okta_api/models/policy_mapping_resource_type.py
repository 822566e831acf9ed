from .._enum import OktaEnum


class PolicyMappingResourceType(OktaEnum):
    """Values of `PolicyMappingResourceType`; an unknown value parses too (see `OktaEnum`)."""

    ACCESS_POLICY = "ACCESS_POLICY"
