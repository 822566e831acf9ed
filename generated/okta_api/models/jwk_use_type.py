from .._enum import OktaEnum


class JwkUseType(OktaEnum):
    """Values of `JwkUseType`; an unknown value parses too (see `OktaEnum`)."""

    SIG = "sig"
