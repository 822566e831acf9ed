from .._enum import OktaEnum


class PossessionConstraintPhishingResistant(OktaEnum):
    """Values of `PossessionConstraintPhishingResistant`; an unknown value parses too (see `OktaEnum`)."""

    OPTIONAL = "OPTIONAL"
    REQUIRED = "REQUIRED"
