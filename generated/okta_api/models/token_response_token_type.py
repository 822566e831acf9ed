from .._enum import OktaEnum


class TokenResponseTokenType(OktaEnum):
    """Values of `TokenResponseTokenType`; an unknown value parses too (see `OktaEnum`)."""

    BEARER = "Bearer"
    N_A = "N_A"
