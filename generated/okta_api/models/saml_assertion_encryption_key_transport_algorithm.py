from .._enum import OktaEnum


class SamlAssertionEncryptionKeyTransportAlgorithm(OktaEnum):
    """Values of `SamlAssertionEncryptionKeyTransportAlgorithm`; an unknown value parses too (see `OktaEnum`)."""

    RSA_15 = "RSA_15"
    RSA_OAEP = "RSA_OAEP"
