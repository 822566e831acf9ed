from .._enum import OktaEnum


class GovernanceRequestSubmissionType(OktaEnum):
    """Values of `GovernanceRequestSubmissionType`; an unknown value parses too (see `OktaEnum`)."""

    ALLOWED_WITH_NO_OVERRIDES = "ALLOWED_WITH_NO_OVERRIDES"
    ALLOWED_WITH_OVERRIDES = "ALLOWED_WITH_OVERRIDES"
    RESTRICTED = "RESTRICTED"
