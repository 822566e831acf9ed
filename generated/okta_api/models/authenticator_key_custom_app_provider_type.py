from .._enum import OktaEnum


class AuthenticatorKeyCustomAppProviderType(OktaEnum):
    """Values of `AuthenticatorKeyCustomAppProviderType`; an unknown value parses too (see `OktaEnum`)."""

    PUSH = "PUSH"
