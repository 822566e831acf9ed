from .._enum import OktaEnum


class DomainValidationStatus(OktaEnum):
    """Values of `DomainValidationStatus`; an unknown value parses too (see `OktaEnum`)."""

    COMPLETED = "COMPLETED"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_STARTED = "NOT_STARTED"
    VERIFIED = "VERIFIED"
