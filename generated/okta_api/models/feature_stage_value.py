from .._enum import OktaEnum


class FeatureStageValue(OktaEnum):
    """Values of `FeatureStageValue`; an unknown value parses too (see `OktaEnum`)."""

    BETA = "BETA"
    EA = "EA"
