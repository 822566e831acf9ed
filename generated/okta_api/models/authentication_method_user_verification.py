from .._enum import OktaEnum


class AuthenticationMethodUserVerification(OktaEnum):
    """Values of `AuthenticationMethodUserVerification`; an unknown value parses too (see `OktaEnum`)."""

    OPTIONAL = "OPTIONAL"
    REQUIRED = "REQUIRED"
