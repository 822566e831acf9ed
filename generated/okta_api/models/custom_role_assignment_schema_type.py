from .._enum import OktaEnum


class CustomRoleAssignmentSchemaType(OktaEnum):
    """Values of `CustomRoleAssignmentSchemaType`; an unknown value parses too (see `OktaEnum`)."""

    CUSTOM = "CUSTOM"
