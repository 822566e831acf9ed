from .._enum import OktaEnum


class UserSchemaAttributeScope(OktaEnum):
    """Values of `UserSchemaAttributeScope`; an unknown value parses too (see `OktaEnum`)."""

    NONE = "NONE"
    SELF = "SELF"
