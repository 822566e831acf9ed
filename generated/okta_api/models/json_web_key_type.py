from .._enum import OktaEnum


class JsonWebKeyType(OktaEnum):
    """Values of `JsonWebKeyType`; an unknown value parses too (see `OktaEnum`)."""

    RSA = "RSA"
