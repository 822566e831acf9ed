from .._enum import OktaEnum


class LogCredentialType(OktaEnum):
    """Values of `LogCredentialType`; an unknown value parses too (see `OktaEnum`)."""

    ASSERTION = "ASSERTION"
    CERTIFICATE = "CERTIFICATE"
    DEVICE_UDID = "DEVICE_UDID"
    EMAIL = "EMAIL"
    IWA = "IWA"
    JWT = "JWT"
    OAUTH_2_0 = "OAuth 2.0"
    OKTA_CLIENT_SESSION = "OKTA_CLIENT_SESSION"
    OTP = "OTP"
    PASSWORD = "PASSWORD"
    PRE_SHARED_SYMMETRIC_KEY = "PRE_SHARED_SYMMETRIC_KEY"
    SMS = "SMS"
