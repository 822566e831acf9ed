from .._enum import OktaEnum


class UserSchemaAttributeUnion(OktaEnum):
    """Values of `UserSchemaAttributeUnion`; an unknown value parses too (see `OktaEnum`)."""

    DISABLE = "DISABLE"
    ENABLE = "ENABLE"
