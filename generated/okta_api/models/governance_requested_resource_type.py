from .._enum import OktaEnum


class GovernanceRequestedResourceType(OktaEnum):
    """Values of `GovernanceRequestedResourceType`; an unknown value parses too (see `OktaEnum`)."""

    APPLICATION = "APPLICATION"
    REQUEST_TYPE = "REQUEST_TYPE"
