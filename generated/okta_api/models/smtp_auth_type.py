from .._enum import OktaEnum


class SmtpAuthType(OktaEnum):
    """Values of `SmtpAuthType`; an unknown value parses too (see `OktaEnum`)."""

    BASIC_SMTP_AUTH = "BASIC_SMTP_AUTH"
    OAUTH2_CLIENT_CREDENTIALS = "OAUTH2_CLIENT_CREDENTIALS"
    OAUTH2_JWT_BEARER_GRANT = "OAUTH2_JWT_BEARER_GRANT"
