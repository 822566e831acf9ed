from .._enum import OktaEnum


class AuthenticatorMethodAlgorithm(OktaEnum):
    """Values of `AuthenticatorMethodAlgorithm`; an unknown value parses too (see `OktaEnum`)."""

    ES256 = "ES256"
    RS256 = "RS256"
