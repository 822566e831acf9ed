from .._enum import OktaEnum


class JwkUseUse(OktaEnum):
    """Values of `JwkUseUse`; an unknown value parses too (see `OktaEnum`)."""

    SIG = "sig"
