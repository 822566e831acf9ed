from .._enum import OktaEnum


class JsonWebKeyUse(OktaEnum):
    """Values of `JsonWebKeyUse`; an unknown value parses too (see `OktaEnum`)."""

    ENC = "enc"
