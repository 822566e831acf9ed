from .._enum import OktaEnum


class KeepMeSignedInPostAuth(OktaEnum):
    """Values of `KeepMeSignedInPostAuth`; an unknown value parses too (see `OktaEnum`)."""

    ALLOWED = "ALLOWED"
    NOT_ALLOWED = "NOT_ALLOWED"
