from .._enum import OktaEnum


class UserIdentifierType(OktaEnum):
    """Values of `UserIdentifierType`; an unknown value parses too (see `OktaEnum`)."""

    ATTRIBUTE = "ATTRIBUTE"
    IDENTIFIER = "IDENTIFIER"
