from .._enum import OktaEnum


class UserFactorStatus(OktaEnum):
    """Values of `UserFactorStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    DISABLED = "DISABLED"
    ENROLLED = "ENROLLED"
    EXPIRED = "EXPIRED"
    INACTIVE = "INACTIVE"
    NOT_SETUP = "NOT_SETUP"
    PENDING_ACTIVATION = "PENDING_ACTIVATION"
