from .._enum import OktaEnum


class MDMEnrollmentPolicyRuleConditionEnrollment(OktaEnum):
    """Values of `MDMEnrollmentPolicyRuleConditionEnrollment`; an unknown value parses too (see `OktaEnum`)."""

    ANY_OR_NONE = "ANY_OR_NONE"
    OMM = "OMM"
