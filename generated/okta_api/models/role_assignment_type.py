from .._enum import OktaEnum


class RoleAssignmentType(OktaEnum):
    """Values of `RoleAssignmentType`; an unknown value parses too (see `OktaEnum`)."""

    GROUP = "GROUP"
    USER = "USER"
