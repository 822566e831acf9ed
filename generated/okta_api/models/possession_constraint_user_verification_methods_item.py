from .._enum import OktaEnum


class PossessionConstraintUserVerificationMethodsItem(OktaEnum):
    """Values of `PossessionConstraintUserVerificationMethodsItem`; an unknown value parses too (see `OktaEnum`)."""

    BIOMETRICS = "BIOMETRICS"
    PIN = "PIN"
