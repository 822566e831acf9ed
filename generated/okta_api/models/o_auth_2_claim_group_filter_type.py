from .._enum import OktaEnum


class OAuth2ClaimGroupFilterType(OktaEnum):
    """Values of `OAuth2ClaimGroupFilterType`; an unknown value parses too (see `OktaEnum`)."""

    CONTAINS = "CONTAINS"
    EQUALS = "EQUALS"
    REGEX = "REGEX"
    STARTS_WITH = "STARTS_WITH"
