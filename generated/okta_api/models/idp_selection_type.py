from .._enum import OktaEnum


class IdpSelectionType(OktaEnum):
    """Values of `IdpSelectionType`; an unknown value parses too (see `OktaEnum`)."""

    DYNAMIC = "DYNAMIC"
    SPECIFIC = "SPECIFIC"
