from .._enum import OktaEnum


class FeatureStageState(OktaEnum):
    """Values of `FeatureStageState`; an unknown value parses too (see `OktaEnum`)."""

    CLOSED = "CLOSED"
    OPEN = "OPEN"
