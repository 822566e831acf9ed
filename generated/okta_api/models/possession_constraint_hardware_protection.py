from .._enum import OktaEnum


class PossessionConstraintHardwareProtection(OktaEnum):
    """Values of `PossessionConstraintHardwareProtection`; an unknown value parses too (see `OktaEnum`)."""

    OPTIONAL = "OPTIONAL"
    REQUIRED = "REQUIRED"
