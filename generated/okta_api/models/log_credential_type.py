from .._enum import OktaEnum


class LogCredentialType(OktaEnum):
    """Values of `LogCredentialType`; an unknown value parses too (see `OktaEnum`)."""

    ASSERTION = "ASSERTION"
    EMAIL = "EMAIL"
    IWA = "IWA"
    JWT = "JWT"
    OAUTH2 = "OAUTH2"
    OTP = "OTP"
    PASSWORD = "PASSWORD"
    SMS = "SMS"
