from .._enum import OktaEnum


class OtpTotpAlgorithm(OktaEnum):
    """Values of `OtpTotpAlgorithm`; an unknown value parses too (see `OktaEnum`)."""

    HMACSHA1 = "HMacSHA1"
    HMACSHA256 = "HMacSHA256"
    HMACSHA512 = "HMacSHA512"
