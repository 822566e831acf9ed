from .._enum import OktaEnum


class ApplicationSignOnMode(OktaEnum):
    """Values of `ApplicationSignOnMode`; an unknown value parses too (see `OktaEnum`)."""

    AUTO_LOGIN = "AUTO_LOGIN"
    BASIC_AUTH = "BASIC_AUTH"
    BOOKMARK = "BOOKMARK"
    BROWSER_PLUGIN = "BROWSER_PLUGIN"
    OPENID_CONNECT = "OPENID_CONNECT"
    SAML_1_1 = "SAML_1_1"
    SAML_2_0 = "SAML_2_0"
    SECURE_PASSWORD_STORE = "SECURE_PASSWORD_STORE"
    WS_FEDERATION = "WS_FEDERATION"
