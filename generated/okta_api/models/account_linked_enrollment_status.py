from .._enum import OktaEnum


class AccountLinkedEnrollmentStatus(OktaEnum):
    """Values of `AccountLinkedEnrollmentStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    DELETED = "DELETED"
    REVOKED = "REVOKED"
    SUSPENDED = "SUSPENDED"
