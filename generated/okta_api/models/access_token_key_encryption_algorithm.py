from .._enum import OktaEnum


class AccessTokenKeyEncryptionAlgorithm(OktaEnum):
    """Values of `AccessTokenKeyEncryptionAlgorithm`; an unknown value parses too (see `OktaEnum`)."""

    RSA_OAEP_256 = "RSA-OAEP-256"
    RSA_OAEP_384 = "RSA-OAEP-384"
    RSA_OAEP_512 = "RSA-OAEP-512"
