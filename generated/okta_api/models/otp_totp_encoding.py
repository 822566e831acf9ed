from .._enum import OktaEnum


class OtpTotpEncoding(OktaEnum):
    """Values of `OtpTotpEncoding`; an unknown value parses too (see `OktaEnum`)."""

    BASE32 = "base32"
    BASE64 = "base64"
    HEXADECIMAL = "hexadecimal"
