from .._enum import OktaEnum


class ECKeyJWKCrv(OktaEnum):
    """Values of `ECKeyJWKCrv`; an unknown value parses too (see `OktaEnum`)."""

    P_384 = "P-384"
