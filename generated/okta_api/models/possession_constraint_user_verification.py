from .._enum import OktaEnum


class PossessionConstraintUserVerification(OktaEnum):
    """Values of `PossessionConstraintUserVerification`; an unknown value parses too (see `OktaEnum`)."""

    OPTIONAL = "OPTIONAL"
    REQUIRED = "REQUIRED"
