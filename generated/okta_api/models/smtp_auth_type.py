from .._enum import OktaEnum


class SmtpAuthType(OktaEnum):
    """Values of `SmtpAuthType`; an unknown value parses too (see `OktaEnum`)."""

    BASIC_SMTP_AUTH = "BASIC_SMTP_AUTH"
    """Basic SMTP authentication uses a username and password to authenticate with your SMTP server"""
    OAUTH2_CLIENT_CREDENTIALS = "OAUTH2_CLIENT_CREDENTIALS"
    """OAuth 2.0 client credentials requires you to create an OAuth 2.0 app with your email provider to
    obtain a client ID and client secret"""
    OAUTH2_JWT_BEARER_GRANT = "OAUTH2_JWT_BEARER_GRANT"
    """OAuth 2.0 JWT bearer token requires you to create an OAuth 2.0 app with your email provider and use
    a signed JWT to obtain an access token"""
