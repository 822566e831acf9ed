from .._enum import OktaEnum


class AppAndInstanceConditionEvaluatorAppOrInstanceType(OktaEnum):
    """Values of `AppAndInstanceConditionEvaluatorAppOrInstanceType`; an unknown value parses too (see `OktaEnum`)."""

    APP = "APP"
    APP_TYPE = "APP_TYPE"
