from .._enum import OktaEnum


class PlatformConditionOperatingSystemVersionMatchType(OktaEnum):
    """Values of `PlatformConditionOperatingSystemVersionMatchType`; an unknown value parses too (see `OktaEnum`)."""

    EXPRESSION = "EXPRESSION"
    SEMVER = "SEMVER"
