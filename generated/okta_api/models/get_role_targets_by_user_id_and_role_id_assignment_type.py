from .._enum import OktaEnum


class GetRoleTargetsByUserIdAndRoleIdAssignmentType(OktaEnum):
    """Values of `GetRoleTargetsByUserIdAndRoleIdAssignmentType`; an unknown value parses too (see `OktaEnum`)."""

    GROUP = "GROUP"
    USER = "USER"
