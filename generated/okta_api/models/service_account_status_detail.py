from .._enum import OktaEnum


class ServiceAccountStatusDetail(OktaEnum):
    """Values of `ServiceAccountStatusDetail`; an unknown value parses too (see `OktaEnum`)."""

    CREATION_FAILED = "CREATION_FAILED"
    MISSING_PASSWORD = "MISSING_PASSWORD"
    PENDING = "PENDING"
    ROTATED = "ROTATED"
    ROTATING = "ROTATING"
    ROTATION_FAILED = "ROTATION_FAILED"
    STAGED = "STAGED"
    UNMANAGED = "UNMANAGED"
    VAULTED = "VAULTED"
