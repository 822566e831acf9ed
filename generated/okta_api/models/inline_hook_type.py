from .._enum import OktaEnum


class InlineHookType(OktaEnum):
    """Values of `InlineHookType`; an unknown value parses too (see `OktaEnum`)."""

    COM_OKTA_IMPORT_TRANSFORM = "com.okta.import.transform"
    COM_OKTA_OAUTH2_TOKENS_TRANSFORM = "com.okta.oauth2.tokens.transform"
    COM_OKTA_SAML_TOKENS_TRANSFORM = "com.okta.saml.tokens.transform"
    COM_OKTA_TELEPHONY_PROVIDER = "com.okta.telephony.provider"
    COM_OKTA_USER_CREDENTIAL_PASSWORD_IMPORT = "com.okta.user.credential.password.import"
    COM_OKTA_USER_PRE_REGISTRATION = "com.okta.user.pre-registration"
