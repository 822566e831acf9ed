from .._enum import OktaEnum


class AuthenticatorMethodTypeWebAuthn(OktaEnum):
    """Values of `AuthenticatorMethodTypeWebAuthn`; an unknown value parses too (see `OktaEnum`)."""

    WEBAUTHN = "webauthn"
