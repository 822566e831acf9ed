from .._enum import OktaEnum


class RoleAssignmentType(OktaEnum):
    """Values of `RoleAssignmentType`; an unknown value parses too (see `OktaEnum`)."""

    CLIENT = "CLIENT"
    GROUP = "GROUP"
    USER = "USER"
