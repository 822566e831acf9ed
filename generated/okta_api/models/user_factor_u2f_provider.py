from .._enum import OktaEnum


class UserFactorU2FProvider(OktaEnum):
    """Values of `UserFactorU2FProvider`; an unknown value parses too (see `OktaEnum`)."""

    FIDO = "FIDO"
