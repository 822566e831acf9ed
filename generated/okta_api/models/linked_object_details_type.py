from .._enum import OktaEnum


class LinkedObjectDetailsType(OktaEnum):
    """Values of `LinkedObjectDetailsType`; an unknown value parses too (see `OktaEnum`)."""

    USER = "USER"
    """Specifies the type of object"""
