from .._enum import OktaEnum


class UserVerificationEnumForVerify(OktaEnum):
    """Values of `UserVerificationEnumForVerify`; an unknown value parses too (see `OktaEnum`)."""

    DISCOURAGED = "DISCOURAGED"
    PREFERRED = "PREFERRED"
    REQUIRED = "REQUIRED"
