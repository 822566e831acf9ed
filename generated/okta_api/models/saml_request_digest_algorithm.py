from .._enum import OktaEnum


class SamlRequestDigestAlgorithm(OktaEnum):
    """Values of `SamlRequestDigestAlgorithm`; an unknown value parses too (see `OktaEnum`)."""

    SHA_1 = "SHA-1"
    SHA_256 = "SHA-256"
