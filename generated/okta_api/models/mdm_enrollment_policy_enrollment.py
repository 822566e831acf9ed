from .._enum import OktaEnum


class MDMEnrollmentPolicyEnrollment(OktaEnum):
    """Values of `MDMEnrollmentPolicyEnrollment`; an unknown value parses too (see `OktaEnum`)."""

    ANY_OR_NONE = "ANY_OR_NONE"
    OMM = "OMM"
