from .._enum import OktaEnum


class SamlSigningAlgorithm(OktaEnum):
    """Values of `SamlSigningAlgorithm`; an unknown value parses too (see `OktaEnum`)."""

    SHA_1 = "SHA-1"
    SHA_256 = "SHA-256"
