from .._enum import OktaEnum


class SsprPrimaryRequirementMethodsItem(OktaEnum):
    """Values of `SsprPrimaryRequirementMethodsItem`; an unknown value parses too (see `OktaEnum`)."""

    EMAIL = "email"
    OTP = "otp"
    PUSH = "push"
    SMS = "sms"
    VOICE = "voice"
