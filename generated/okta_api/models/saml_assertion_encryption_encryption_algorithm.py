from .._enum import OktaEnum


class SamlAssertionEncryptionEncryptionAlgorithm(OktaEnum):
    """Values of `SamlAssertionEncryptionEncryptionAlgorithm`; an unknown value parses too (see `OktaEnum`)."""

    AES128_CBC = "AES128_CBC"
    AES256_CBC = "AES256_CBC"
    AES256_GCM = "AES256_GCM"
