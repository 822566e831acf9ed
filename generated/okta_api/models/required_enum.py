from .._enum import OktaEnum


class RequiredEnum(OktaEnum):
    """Values of `RequiredEnum`; an unknown value parses too (see `OktaEnum`)."""

    ALWAYS = "ALWAYS"
    HIGH_RISK_ONLY = "HIGH_RISK_ONLY"
    NEVER = "NEVER"
