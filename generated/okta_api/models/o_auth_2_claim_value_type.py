from .._enum import OktaEnum


class OAuth2ClaimValueType(OktaEnum):
    """Values of `OAuth2ClaimValueType`; an unknown value parses too (see `OktaEnum`)."""

    EXPRESSION = "EXPRESSION"
    GROUPS = "GROUPS"
    SYSTEM = "SYSTEM"
