from .._enum import OktaEnum


class FactorProvider(OktaEnum):
    """Values of `FactorProvider`; an unknown value parses too (see `OktaEnum`)."""

    APPLE = "APPLE"
    CUSTOM = "CUSTOM"
    DUO = "DUO"
    FIDO = "FIDO"
    GOOGLE = "GOOGLE"
    OKTA = "OKTA"
    RSA = "RSA"
    SYMANTEC = "SYMANTEC"
    YUBICO = "YUBICO"
