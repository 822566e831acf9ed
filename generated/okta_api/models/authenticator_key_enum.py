from .._enum import OktaEnum


class AuthenticatorKeyEnum(OktaEnum):
    """Values of `AuthenticatorKeyEnum`; an unknown value parses too (see `OktaEnum`)."""

    CUSTOM_APP = "custom_app"
    CUSTOM_OTP = "custom_otp"
    DUO = "duo"
    EXTERNAL_IDP = "external_idp"
    GOOGLE_OTP = "google_otp"
    OKTA_EMAIL = "okta_email"
    OKTA_PASSWORD = "okta_password"
    OKTA_VERIFY = "okta_verify"
    ONPREM_MFA = "onprem_mfa"
    PHONE_NUMBER = "phone_number"
    SECURITY_KEY = "security_key"
    SECURITY_QUESTION = "security_question"
    SMART_CARD_IDP = "smart_card_idp"
    SYMANTEC_VIP = "symantec_vip"
    TAC = "tac"
    WEBAUTHN = "webauthn"
    YUBIKEY_TOKEN = "yubikey_token"
