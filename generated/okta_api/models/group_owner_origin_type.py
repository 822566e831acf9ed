from .._enum import OktaEnum


class GroupOwnerOriginType(OktaEnum):
    """Values of `GroupOwnerOriginType`; an unknown value parses too (see `OktaEnum`)."""

    APPLICATION = "APPLICATION"
    OKTA_DIRECTORY = "OKTA_DIRECTORY"
