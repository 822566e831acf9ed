from .._enum import OktaEnum


class OSVersionDynamicVersionRequirementType(OktaEnum):
    """Values of `OSVersionDynamicVersionRequirementType`; an unknown value parses too (see `OktaEnum`)."""

    EXACT = "EXACT"
    EXACT_ANY_SUPPORTED = "EXACT_ANY_SUPPORTED"
    MINIMUM = "MINIMUM"
