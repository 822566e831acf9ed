from .._enum import OktaEnum


class PossessionConstraintUserPresence(OktaEnum):
    """Values of `PossessionConstraintUserPresence`; an unknown value parses too (see `OktaEnum`)."""

    OPTIONAL = "OPTIONAL"
    REQUIRED = "REQUIRED"
