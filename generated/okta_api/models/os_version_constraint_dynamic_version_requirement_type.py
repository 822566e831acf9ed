from .._enum import OktaEnum


class OSVersionConstraintDynamicVersionRequirementType(OktaEnum):
    """Values of `OSVersionConstraintDynamicVersionRequirementType`; an unknown value parses too (see `OktaEnum`)."""

    EXACT = "EXACT"
    """The device version must be on the same major version as the dynamically determined Windows version.
    `distanceFromLatestMajor` must be specified for this type."""
    EXACT_ANY_SUPPORTED = "EXACT_ANY_SUPPORTED"
    """The device version must be on a Windows major version which is supported. You can't specify
    `distanceFromLatestMajor` for this type."""
    MINIMUM = "MINIMUM"
    """The device version must be equal to or newer than the dynamically determined Windows version.
    `distanceFromLatestMajor` must be specified for this type."""
    NOT_ALLOWED = "NOT_ALLOWED"
    """The device version isn't allowed. You can't specify `distanceFromLatestMajor` or
    `latestSecurityPatch` for this type."""
