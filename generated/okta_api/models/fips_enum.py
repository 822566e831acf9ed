from .._enum import OktaEnum


class FipsEnum(OktaEnum):
    """Values of `FipsEnum`; an unknown value parses too (see `OktaEnum`)."""

    OPTIONAL = "OPTIONAL"
    REQUIRED = "REQUIRED"
