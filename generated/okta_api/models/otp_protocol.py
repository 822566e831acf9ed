from .._enum import OktaEnum


class OtpProtocol(OktaEnum):
    """Values of `OtpProtocol`; an unknown value parses too (see `OktaEnum`)."""

    SYMANTEC = "SYMANTEC"
    TOTP = "TOTP"
    YUBICO = "YUBICO"
