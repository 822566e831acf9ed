from .._enum import OktaEnum


class PasswordPolicyRecoveryEmailStatus(OktaEnum):
    """Values of `PasswordPolicyRecoveryEmailStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
