from .._enum import OktaEnum


class GetAllCrossAppAccessConnectionsStatus(OktaEnum):
    """Values of `GetAllCrossAppAccessConnectionsStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
