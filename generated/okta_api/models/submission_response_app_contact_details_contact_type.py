from .._enum import OktaEnum


class SubmissionResponseAppContactDetailsContactType(OktaEnum):
    """Values of `SubmissionResponseAppContactDetailsContactType`; an unknown value parses too (see `OktaEnum`)."""

    CUSTOMER_SUPPORT = "CUSTOMER_SUPPORT"
    ESCALATION_SUPPORT = "ESCALATION_SUPPORT"
