from .._enum import OktaEnum


class UserFactorType(OktaEnum):
    """Values of `UserFactorType`; an unknown value parses too (see `OktaEnum`)."""

    CALL = "call"
    EMAIL = "email"
    PUSH = "push"
    QUESTION = "question"
    SIGNED_NONCE = "signed_nonce"
    SMS = "sms"
    TOKEN = "token"
    TOKENHARDWARE = "token:hardware"
    TOKENHOTP = "token:hotp"
    TOKENSOFTWARETOTP = "token:software:totp"
    U2F = "u2f"
    WEB = "web"
    WEBAUTHN = "webauthn"
