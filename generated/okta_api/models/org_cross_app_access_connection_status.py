from .._enum import OktaEnum


class OrgCrossAppAccessConnectionStatus(OktaEnum):
    """Values of `OrgCrossAppAccessConnectionStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
