from .._enum import OktaEnum


class GrantType(OktaEnum):
    """Values of `GrantType`; an unknown value parses too (see `OktaEnum`)."""

    AUTHORIZATION_CODE = "authorization_code"
    CLIENT_CREDENTIALS = "client_credentials"
    HTTPAUTH0_COMOAUTHGRANT_TYPEMFA_OOB = "http://auth0.com/oauth/grant-type/mfa-oob"
    HTTPAUTH0_COMOAUTHGRANT_TYPEMFA_OTP = "http://auth0.com/oauth/grant-type/mfa-otp"
    IMPLICIT = "implicit"
    INTERACTION_CODE = "interaction_code"
    PASSWORD = "password"
    REFRESH_TOKEN = "refresh_token"
    URNIETFPARAMSOAUTHGRANT_TYPEDEVICE_CODE = "urn:ietf:params:oauth:grant-type:device_code"
    URNIETFPARAMSOAUTHGRANT_TYPEJWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
    URNIETFPARAMSOAUTHGRANT_TYPESAML2_BEARER = "urn:ietf:params:oauth:grant-type:saml2-bearer"
    URNIETFPARAMSOAUTHGRANT_TYPETOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange"
    URNOKTAPARAMSOAUTHGRANT_TYPEOOB = "urn:okta:params:oauth:grant-type:oob"
    URNOKTAPARAMSOAUTHGRANT_TYPEOTP = "urn:okta:params:oauth:grant-type:otp"
    URNOPENIDPARAMSGRANT_TYPECIBA = "urn:openid:params:grant-type:ciba"
