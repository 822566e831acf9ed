from .._enum import OktaEnum


class ECKeyJWKKty(OktaEnum):
    """Values of `ECKeyJWKKty`; an unknown value parses too (see `OktaEnum`)."""

    EC = "EC"
