from .._enum import OktaEnum


class AuthenticatorMethodTransactionType(OktaEnum):
    """Values of `AuthenticatorMethodTransactionType`; an unknown value parses too (see `OktaEnum`)."""

    CIBA = "CIBA"
    LOGIN = "LOGIN"
