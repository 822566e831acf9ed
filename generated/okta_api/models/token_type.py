from .._enum import OktaEnum


class TokenType(OktaEnum):
    """Values of `TokenType`; an unknown value parses too (see `OktaEnum`)."""

    URNIETFPARAMSOAUTHTOKEN_TYPEACCESS_TOKEN = "urn:ietf:params:oauth:token-type:access_token"
    URNIETFPARAMSOAUTHTOKEN_TYPEID_TOKEN = "urn:ietf:params:oauth:token-type:id_token"
    URNIETFPARAMSOAUTHTOKEN_TYPEJWT = "urn:ietf:params:oauth:token-type:jwt"
    URNIETFPARAMSOAUTHTOKEN_TYPEREFRESH_TOKEN = "urn:ietf:params:oauth:token-type:refresh_token"
    URNIETFPARAMSOAUTHTOKEN_TYPESAML1 = "urn:ietf:params:oauth:token-type:saml1"
    URNIETFPARAMSOAUTHTOKEN_TYPESAML2 = "urn:ietf:params:oauth:token-type:saml2"
    URNOKTAOAUTHTOKEN_TYPEWEB_SSO_TOKEN = "urn:okta:oauth:token-type:web_sso_token"
    URNOKTAPARAMSOAUTHTOKEN_TYPEINTERCLIENT_TOKEN = "urn:okta:params:oauth:token-type:interclient_token"
    URNX_OATHPARAMSOAUTHTOKEN_TYPEDEVICE_SECRET = "urn:x-oath:params:oauth:token-type:device-secret"
