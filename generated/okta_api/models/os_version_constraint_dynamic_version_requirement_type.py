from .._enum import OktaEnum


class OSVersionConstraintDynamicVersionRequirementType(OktaEnum):
    """Values of `OSVersionConstraintDynamicVersionRequirementType`; an unknown value parses too (see `OktaEnum`)."""

    EXACT = "EXACT"
    EXACT_ANY_SUPPORTED = "EXACT_ANY_SUPPORTED"
    MINIMUM = "MINIMUM"
    NOT_ALLOWED = "NOT_ALLOWED"
