from .._enum import OktaEnum


class UserFactorYubikeyOtpTokenStatus(OktaEnum):
    """Values of `UserFactorYubikeyOtpTokenStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    BLOCKED = "BLOCKED"
    DELETED = "DELETED"
    INACTIVE = "INACTIVE"
    REVOKED = "REVOKED"
    UNASSIGNED = "UNASSIGNED"
