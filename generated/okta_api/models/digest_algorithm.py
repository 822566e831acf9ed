from .._enum import OktaEnum


class DigestAlgorithm(OktaEnum):
    """Values of `DigestAlgorithm`; an unknown value parses too (see `OktaEnum`)."""

    SHA256_HMAC = "SHA256_HMAC"
    SHA512_HMAC = "SHA512_HMAC"
