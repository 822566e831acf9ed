from .._enum import OktaEnum


class UserSchemaAttributeMasterType(OktaEnum):
    """Values of `UserSchemaAttributeMasterType`; an unknown value parses too (see `OktaEnum`)."""

    OKTA = "OKTA"
    OVERRIDE = "OVERRIDE"
    PROFILE_MASTER = "PROFILE_MASTER"
