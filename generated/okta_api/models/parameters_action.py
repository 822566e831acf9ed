from .._enum import OktaEnum


class ParametersAction(OktaEnum):
    """Values of `ParametersAction`; an unknown value parses too (see `OktaEnum`)."""

    ADD = "ADD"
    """Add to the membership of the group"""
    REMOVE = "REMOVE"
    """Remove from the membership of the group"""
