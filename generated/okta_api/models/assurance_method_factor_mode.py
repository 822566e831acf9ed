from .._enum import OktaEnum


class AssuranceMethodFactorMode(OktaEnum):
    """Values of `AssuranceMethodFactorMode`; an unknown value parses too (see `OktaEnum`)."""

    VALUE_0 = "1FA"
    VALUE_1 = "2FA"
