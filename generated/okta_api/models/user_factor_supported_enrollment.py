from .._enum import OktaEnum


class UserFactorSupportedEnrollment(OktaEnum):
    """Values of `UserFactorSupportedEnrollment`; an unknown value parses too (see `OktaEnum`)."""

    OPTIONAL = "OPTIONAL"
    REQUIRED = "REQUIRED"
