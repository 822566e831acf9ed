from .._enum import OktaEnum


class UserSchemaAttributeType(OktaEnum):
    """Values of `UserSchemaAttributeType`; an unknown value parses too (see `OktaEnum`)."""

    ARRAY = "array"
    BOOLEAN = "boolean"
    INTEGER = "integer"
    NUMBER = "number"
    STRING = "string"
