from .._enum import OktaEnum


class AuthType(OktaEnum):
    """Values of `AuthType`; an unknown value parses too (see `OktaEnum`)."""

    BASIC = "BASIC"
    CUSTOM = "CUSTOM"
    OAUTH2 = "OAUTH2"
    SCIM_BEARER = "SCIM_BEARER"
    SCIM_HEADER = "SCIM_HEADER"
