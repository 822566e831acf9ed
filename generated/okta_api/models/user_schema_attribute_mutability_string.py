from .._enum import OktaEnum


class UserSchemaAttributeMutabilityString(OktaEnum):
    """Values of `UserSchemaAttributeMutabilityString`; an unknown value parses too (see `OktaEnum`)."""

    IMMUTABLE = "IMMUTABLE"
    READ_ONLY = "READ_ONLY"
    READ_WRITE = "READ_WRITE"
    WRITE_ONLY = "WRITE_ONLY"
