from .._enum import OktaEnum


class AuthenticationMethodUserVerificationMethodsItem(OktaEnum):
    """Values of `AuthenticationMethodUserVerificationMethodsItem`; an unknown value parses too (see `OktaEnum`)."""

    BIOMETRICS = "BIOMETRICS"
    PIN = "PIN"
