from .._enum import OktaEnum


class ThreatInsightConfigurationAction(OktaEnum):
    """Values of `ThreatInsightConfigurationAction`; an unknown value parses too (see `OktaEnum`)."""

    AUDIT = "audit"
    """Indicates that Okta logs suspicious requests to the System Log"""
    BLOCK = "block"
    """Indicates that Okta logs suspicious requests to the System Log and blocks the requests"""
    NONE = "none"
    """Indicates that ThreatInsight is disabled"""
