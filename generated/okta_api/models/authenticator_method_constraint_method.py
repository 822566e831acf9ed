from .._enum import OktaEnum


class AuthenticatorMethodConstraintMethod(OktaEnum):
    """Values of `AuthenticatorMethodConstraintMethod`; an unknown value parses too (see `OktaEnum`)."""

    OTP = "otp"
