from .._enum import OktaEnum


class OAUTH2JWTBEARERGRANTSigningAlgorithm(OktaEnum):
    """Values of `OAUTH2JWTBEARERGRANTSigningAlgorithm`; an unknown value parses too (see `OktaEnum`)."""

    RS256 = "RS256"
