from .._enum import OktaEnum


class RoleStatus(OktaEnum):
    """Values of `RoleStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
