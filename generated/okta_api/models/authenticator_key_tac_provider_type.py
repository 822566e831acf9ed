from .._enum import OktaEnum


class AuthenticatorKeyTacProviderType(OktaEnum):
    """Values of `AuthenticatorKeyTacProviderType`; an unknown value parses too (see `OktaEnum`)."""

    TAC = "tac"
