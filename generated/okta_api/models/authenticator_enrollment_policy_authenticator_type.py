from .._enum import OktaEnum


class AuthenticatorEnrollmentPolicyAuthenticatorType(OktaEnum):
    """Values of `AuthenticatorEnrollmentPolicyAuthenticatorType`; an unknown value parses too (see `OktaEnum`)."""

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
    RSA_TOKEN = "rsa_token"
    SECURITY_QUESTION = "security_question"
    SYMANTEC_VIP = "symantec_vip"
    WEBAUTHN = "webauthn"
    YUBIKEY_TOKEN = "yubikey_token"
