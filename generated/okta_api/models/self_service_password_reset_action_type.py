from .._enum import OktaEnum


class SelfServicePasswordResetActionType(OktaEnum):
    """Values of `SelfServicePasswordResetActionType`; an unknown value parses too (see `OktaEnum`)."""

    SELFSERVICEPASSWORDRESET = "selfServicePasswordReset"
