from .._enum import OktaEnum


class SessionAuthenticationMethod(OktaEnum):
    """Values of `SessionAuthenticationMethod`; an unknown value parses too (see `OktaEnum`)."""

    FPT = "fpt"
    GEO = "geo"
    HWK = "hwk"
    KBA = "kba"
    MCA = "mca"
    MFA = "mfa"
    OTP = "otp"
    PWD = "pwd"
    SC = "sc"
    SMS = "sms"
    SWK = "swk"
    TEL = "tel"
