from .._enum import OktaEnum


class SimulateResultStatus(OktaEnum):
    """Values of `SimulateResultStatus`; an unknown value parses too (see `OktaEnum`)."""

    MATCH = "MATCH"
    NOT_MATCH = "NOT_MATCH"
    UNDEFINED = "UNDEFINED"
