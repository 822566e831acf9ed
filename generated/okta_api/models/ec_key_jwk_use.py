from .._enum import OktaEnum


class ECKeyJWKUse(OktaEnum):
    """Values of `ECKeyJWKUse`; an unknown value parses too (see `OktaEnum`)."""

    ENC = "enc"
    SIG = "sig"
