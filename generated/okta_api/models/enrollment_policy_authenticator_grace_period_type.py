from .._enum import OktaEnum


class EnrollmentPolicyAuthenticatorGracePeriodType(OktaEnum):
    """Values of `EnrollmentPolicyAuthenticatorGracePeriodType`; an unknown value parses too (see `OktaEnum`)."""

    BY_DATE_TIME = "BY_DATE_TIME"
    BY_SKIP_COUNT = "BY_SKIP_COUNT"
