from .._enum import OktaEnum


class UserFactorWebAuthnProvider(OktaEnum):
    """Values of `UserFactorWebAuthnProvider`; an unknown value parses too (see `OktaEnum`)."""

    FIDO = "FIDO"
