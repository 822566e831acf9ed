from .._enum import OktaEnum


class DomainValidationStatus(OktaEnum):
    """Values of `DomainValidationStatus`; an unknown value parses too (see `OktaEnum`)."""

    COMPLETED = "COMPLETED"
    DOMAIN_TAKEN = "DOMAIN_TAKEN"
    FAILED_TO_VERIFY = "FAILED_TO_VERIFY"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_STARTED = "NOT_STARTED"
    VERIFIED = "VERIFIED"
