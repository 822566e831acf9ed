from .._enum import OktaEnum


class LogCredentialProvider(OktaEnum):
    """Values of `LogCredentialProvider`; an unknown value parses too (see `OktaEnum`)."""

    DUO = "DUO"
    GOOGLE = "GOOGLE"
    OKTA_AUTHENTICATION_PROVIDER = "OKTA_AUTHENTICATION_PROVIDER"
    OKTA_CREDENTIAL_PROVIDER = "OKTA_CREDENTIAL_PROVIDER"
    RSA = "RSA"
    SYMANTEC = "SYMANTEC"
    YUBIKEY = "YUBIKEY"
