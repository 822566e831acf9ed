from .._enum import OktaEnum


class AuthenticatorStatus(OktaEnum):
    """Values of `AuthenticatorStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
