from .._enum import OktaEnum


class OAuthGrantType(OktaEnum):
    """Values of `OAuthGrantType`; an unknown value parses too (see `OktaEnum`)."""

    AUTHORIZATION_CODE = "authorization_code"
    CLIENT_CREDENTIALS = "client_credentials"
    DEVICE_CODE = "device_code"
    IMPLICIT = "implicit"
    INTERACTION_CODE = "interaction_code"
    PASSWORD = "password"
    REFRESH_TOKEN = "refresh_token"
    SAML2_BEARER = "saml2_bearer"
    TOKEN_EXCHANGE = "token_exchange"
