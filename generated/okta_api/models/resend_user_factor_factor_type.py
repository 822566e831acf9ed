from .._enum import OktaEnum


class ResendUserFactorFactorType(OktaEnum):
    """Values of `ResendUserFactorFactorType`; an unknown value parses too (see `OktaEnum`)."""

    CALL = "call"
    EMAIL = "email"
    SMS = "sms"
