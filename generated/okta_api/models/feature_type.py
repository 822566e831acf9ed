from .._enum import OktaEnum


class FeatureType(OktaEnum):
    """Values of `FeatureType`; an unknown value parses too (see `OktaEnum`)."""

    SELF_SERVICE = "self-service"
