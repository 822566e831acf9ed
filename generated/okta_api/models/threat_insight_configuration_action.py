from .._enum import OktaEnum


class ThreatInsightConfigurationAction(OktaEnum):
    """Values of `ThreatInsightConfigurationAction`; an unknown value parses too (see `OktaEnum`)."""

    AUDIT = "audit"
    BLOCK = "block"
    NONE = "none"
