from .._enum import OktaEnum


class PrivilegedResourceStatus(OktaEnum):
    """Values of `PrivilegedResourceStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    CREATED = "CREATED"
    CREATION_FAILED = "CREATION_FAILED"
    INACTIVE = "INACTIVE"
    PENDING = "PENDING"
