from .._enum import OktaEnum


class OrgCrossAppAccessConnectionPatchRequestStatus(OktaEnum):
    """Values of `OrgCrossAppAccessConnectionPatchRequestStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
