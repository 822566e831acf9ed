from .._enum import OktaEnum


class MyAccessRequestRevocationStatus(OktaEnum):
    """Values of `MyAccessRequestRevocationStatus`; an unknown value parses too (see `OktaEnum`)."""

    FAILED = "FAILED"
    PENDING = "PENDING"
    REVOKED = "REVOKED"
