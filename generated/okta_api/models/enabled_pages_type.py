from .._enum import OktaEnum


class EnabledPagesType(OktaEnum):
    """Values of `EnabledPagesType`; an unknown value parses too (see `OktaEnum`)."""

    SIGN_IN = "SIGN_IN"
    SSPR = "SSPR"
    SSR = "SSR"
