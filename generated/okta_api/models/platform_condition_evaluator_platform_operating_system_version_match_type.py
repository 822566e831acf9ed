from .._enum import OktaEnum


class PlatformConditionEvaluatorPlatformOperatingSystemVersionMatchType(OktaEnum):
    """Values of `PlatformConditionEvaluatorPlatformOperatingSystemVersionMatchType`; an unknown value parses too (see `OktaEnum`)."""

    EXPRESSION = "EXPRESSION"
    SEMVER = "SEMVER"
