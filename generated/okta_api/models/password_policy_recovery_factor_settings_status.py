from .._enum import OktaEnum


class PasswordPolicyRecoveryFactorSettingsStatus(OktaEnum):
    """Values of `PasswordPolicyRecoveryFactorSettingsStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
