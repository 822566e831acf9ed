from .._enum import OktaEnum


class UserVerificationEnumEnrollment(OktaEnum):
    """Values of `UserVerificationEnumEnrollment`; an unknown value parses too (see `OktaEnum`)."""

    DISCOURAGED = "DISCOURAGED"
    PREFERRED = "PREFERRED"
    REQUIRED = "REQUIRED"
