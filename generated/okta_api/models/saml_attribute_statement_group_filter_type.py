from .._enum import OktaEnum


class SamlAttributeStatementGroupFilterType(OktaEnum):
    """Values of `SamlAttributeStatementGroupFilterType`; an unknown value parses too (see `OktaEnum`)."""

    CONTAINS = "CONTAINS"
    EQUALS = "EQUALS"
    REGEX = "REGEX"
    STARTS_WITH = "STARTS_WITH"
