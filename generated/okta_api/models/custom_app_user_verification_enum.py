from .._enum import OktaEnum


class CustomAppUserVerificationEnum(OktaEnum):
    """Values of `CustomAppUserVerificationEnum`; an unknown value parses too (see `OktaEnum`)."""

    PREFERRED = "PREFERRED"
    REQUIRED = "REQUIRED"
