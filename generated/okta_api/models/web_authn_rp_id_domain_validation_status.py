from .._enum import OktaEnum


class WebAuthnRpIdDomainValidationStatus(OktaEnum):
    """Values of `WebAuthnRpIdDomainValidationStatus`; an unknown value parses too (see `OktaEnum`)."""

    ERROR = "ERROR"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_STARTED = "NOT_STARTED"
    VERIFIED = "VERIFIED"
