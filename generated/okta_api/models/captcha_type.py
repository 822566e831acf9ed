from .._enum import OktaEnum


class CAPTCHAType(OktaEnum):
    """Values of `CAPTCHAType`; an unknown value parses too (see `OktaEnum`)."""

    HCAPTCHA = "HCAPTCHA"
    RECAPTCHA_V2 = "RECAPTCHA_V2"
