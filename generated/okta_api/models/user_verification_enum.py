from .._enum import OktaEnum


class UserVerificationEnum(OktaEnum):
    """Values of `UserVerificationEnum`; an unknown value parses too (see `OktaEnum`)."""

    DISCOURAGED = "DISCOURAGED"
    PREFERRED = "PREFERRED"
    REQUIRED = "REQUIRED"
