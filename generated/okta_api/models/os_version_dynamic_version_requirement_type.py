from .._enum import OktaEnum


class OSVersionDynamicVersionRequirementType(OktaEnum):
    """Values of `OSVersionDynamicVersionRequirementType`; an unknown value parses too (see `OktaEnum`)."""

    EXACT = "EXACT"
    """The device version must be on the same major version as the dynamically determined version.
    `distanceFromLatestMajor` must be specified for this type."""
    EXACT_ANY_SUPPORTED = "EXACT_ANY_SUPPORTED"
    """The device version must be on a major version which is supported. You can't specify
    `distanceFromLatestMajor` for this type."""
    MINIMUM = "MINIMUM"
    """The device version must be equal to or newer than the dynamically determined version.
    `distanceFromLatestMajor` must be specified for this type."""
