from .._enum import OktaEnum


class FeatureLifecycle(OktaEnum):
    """Values of `FeatureLifecycle`; an unknown value parses too (see `OktaEnum`)."""

    DISABLE = "DISABLE"
    ENABLE = "ENABLE"
