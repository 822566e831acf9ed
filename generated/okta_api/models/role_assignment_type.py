from .._enum import OktaEnum


class RoleAssignmentType(OktaEnum):
    """Values of `RoleAssignmentType`; an unknown value parses too (see `OktaEnum`)."""

    CLIENT = "CLIENT"
    """The role is assigned to a client app"""
    GROUP = "GROUP"
    """The role is assigned to a group"""
    USER = "USER"
    """The role is assigned to a user"""
