from .._enum import OktaEnum


class AuthenticatorKeyDuoProviderType(OktaEnum):
    """Values of `AuthenticatorKeyDuoProviderType`; an unknown value parses too (see `OktaEnum`)."""

    DUO = "DUO"
