from .._enum import OktaEnum


class PlatformConditionEvaluatorPlatformType(OktaEnum):
    """Values of `PlatformConditionEvaluatorPlatformType`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "ANY"
    DESKTOP = "DESKTOP"
    MOBILE = "MOBILE"
    OTHER = "OTHER"
