from .._enum import OktaEnum


class UserFactorWebProvider(OktaEnum):
    """Values of `UserFactorWebProvider`; an unknown value parses too (see `OktaEnum`)."""

    DUO = "DUO"
