from .._enum import OktaEnum


class AccessPolicyConstraintMethods(OktaEnum):
    """Values of `AccessPolicyConstraintMethods`; an unknown value parses too (see `OktaEnum`)."""

    CERT = "CERT"
    DUO = "DUO"
    EMAIL = "EMAIL"
    IDP = "IDP"
    OTP = "OTP"
    PASSWORD = "PASSWORD"
    PUSH = "PUSH"
    SECURITY_QUESTION = "SECURITY_QUESTION"
    SIGNED_NONCE = "SIGNED_NONCE"
    SMS = "SMS"
    TOTP = "TOTP"
    VOICE = "VOICE"
    WEBAUTHN = "WEBAUTHN"
