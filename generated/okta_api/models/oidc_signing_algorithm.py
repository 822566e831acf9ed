from .._enum import OktaEnum


class OidcSigningAlgorithm(OktaEnum):
    """Values of `OidcSigningAlgorithm`; an unknown value parses too (see `OktaEnum`)."""

    HS256 = "HS256"
    HS384 = "HS384"
    HS512 = "HS512"
    RS256 = "RS256"
    RS384 = "RS384"
    RS512 = "RS512"
