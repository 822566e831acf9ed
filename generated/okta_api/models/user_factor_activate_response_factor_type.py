from .._enum import OktaEnum


class UserFactorActivateResponseFactorType(OktaEnum):
    """Values of `UserFactorActivateResponseFactorType`; an unknown value parses too (see `OktaEnum`)."""

    CALL = "call"
    EMAIL = "email"
    PUSH = "push"
    SMS = "sms"
    TOKENSOFTWARETOTP = "token:software:totp"
    U2F = "u2f"
    WEBAUTHN = "webauthn"
