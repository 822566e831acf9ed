from .._enum import OktaEnum


class UserStatus(OktaEnum):
    """Values of `UserStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    DEPROVISIONED = "DEPROVISIONED"
    LOCKED_OUT = "LOCKED_OUT"
    PASSWORD_EXPIRED = "PASSWORD_EXPIRED"
    PROVISIONED = "PROVISIONED"
    RECOVERY = "RECOVERY"
    STAGED = "STAGED"
    SUSPENDED = "SUSPENDED"
