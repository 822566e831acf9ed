from .._enum import OktaEnum


class EmailDomainStatus(OktaEnum):
    """Values of `EmailDomainStatus`; an unknown value parses too (see `OktaEnum`)."""

    DELETED = "DELETED"
    ERROR = "ERROR"
    NOT_STARTED = "NOT_STARTED"
    POLLING = "POLLING"
    VERIFIED = "VERIFIED"
