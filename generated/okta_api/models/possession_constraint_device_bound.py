from .._enum import OktaEnum


class PossessionConstraintDeviceBound(OktaEnum):
    """Values of `PossessionConstraintDeviceBound`; an unknown value parses too (see `OktaEnum`)."""

    OPTIONAL = "OPTIONAL"
    REQUIRED = "REQUIRED"
