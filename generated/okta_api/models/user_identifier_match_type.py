from .._enum import OktaEnum


class UserIdentifierMatchType(OktaEnum):
    """Values of `UserIdentifierMatchType`; an unknown value parses too (see `OktaEnum`)."""

    CONTAINS = "CONTAINS"
    EQUALS = "EQUALS"
    EXPRESSION = "EXPRESSION"
    STARTS_WITH = "STARTS_WITH"
    SUFFIX = "SUFFIX"
