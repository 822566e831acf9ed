from .._enum import OktaEnum


class OAUTH2JWTBEARERGRANTCREATESigningAlgorithm(OktaEnum):
    """Values of `OAUTH2JWTBEARERGRANTCREATESigningAlgorithm`; an unknown value parses too (see `OktaEnum`)."""

    RS256 = "RS256"
