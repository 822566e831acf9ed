from .._enum import OktaEnum


class MyAccessRequestStatus(OktaEnum):
    """Values of `MyAccessRequestStatus`; an unknown value parses too (see `OktaEnum`)."""

    APPROVED = "APPROVED"
    CANCELED = "CANCELED"
    DENIED = "DENIED"
    EXPIRED = "EXPIRED"
    PENDING = "PENDING"
    REJECTED = "REJECTED"
    SUBMITTED = "SUBMITTED"
