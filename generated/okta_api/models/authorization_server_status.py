from .._enum import OktaEnum


class AuthorizationServerStatus(OktaEnum):
    """Values of `AuthorizationServerStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
