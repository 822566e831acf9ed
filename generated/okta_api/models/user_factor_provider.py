from .._enum import OktaEnum


class UserFactorProvider(OktaEnum):
    """Values of `UserFactorProvider`; an unknown value parses too (see `OktaEnum`)."""

    CUSTOM = "CUSTOM"
    DUO = "DUO"
    FIDO = "FIDO"
    GOOGLE = "GOOGLE"
    OKTA = "OKTA"
    RSA = "RSA"
    SYMANTEC = "SYMANTEC"
    YUBICO = "YUBICO"
