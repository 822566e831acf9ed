from .._enum import OktaEnum


class GroupOwnerType(OktaEnum):
    """Values of `GroupOwnerType`; an unknown value parses too (see `OktaEnum`)."""

    GROUP = "GROUP"
    USER = "USER"
