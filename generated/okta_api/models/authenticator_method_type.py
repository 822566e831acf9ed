from .._enum import OktaEnum


class AuthenticatorMethodType(OktaEnum):
    """Values of `AuthenticatorMethodType`; an unknown value parses too (see `OktaEnum`)."""

    CERT = "cert"
    DUO = "duo"
    EMAIL = "email"
    IDP = "idp"
    OTP = "otp"
    PASSWORD = "password"
    PUSH = "push"
    SECURITY_QUESTION = "security_question"
    SIGNED_NONCE = "signed_nonce"
    SMS = "sms"
    TAC = "tac"
    TOTP = "totp"
    VOICE = "voice"
    WEBAUTHN = "webauthn"
