from .._enum import OktaEnum


class AppUserStatus(OktaEnum):
    """Values of `AppUserStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    APPROVED = "APPROVED"
    DEPROVISIONED = "DEPROVISIONED"
    IMPLICIT = "IMPLICIT"
    IMPORTED = "IMPORTED"
    INACTIVE = "INACTIVE"
    MATCHED = "MATCHED"
    PENDING = "PENDING"
    PROVISIONED = "PROVISIONED"
    REVOKED = "REVOKED"
    STAGED = "STAGED"
    SUSPENDED = "SUSPENDED"
    UNASSIGNED = "UNASSIGNED"
