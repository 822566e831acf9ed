from .._enum import OktaEnum


class UserVerificationEnum(OktaEnum):
    """Values of `UserVerificationEnum`; an unknown value parses too (see `OktaEnum`)."""

    PREFERRED = "PREFERRED"
    REQUIRED = "REQUIRED"
