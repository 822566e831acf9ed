from .._enum import OktaEnum


class UserIdentifierConditionEvaluatorPatternMatchType(OktaEnum):
    """Values of `UserIdentifierConditionEvaluatorPatternMatchType`; an unknown value parses too (see `OktaEnum`)."""

    CONTAINS = "CONTAINS"
    EQUALS = "EQUALS"
    EXPRESSION = "EXPRESSION"
    STARTS_WITH = "STARTS_WITH"
    SUFFIX = "SUFFIX"
