from .._enum import OktaEnum


class PolicyPlatformType(OktaEnum):
    """Values of `PolicyPlatformType`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "ANY"
    DESKTOP = "DESKTOP"
    MOBILE = "MOBILE"
    OTHER = "OTHER"
