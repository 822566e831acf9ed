from .._enum import OktaEnum


class OktaSupportAccessStatus(OktaEnum):
    """Values of `OktaSupportAccessStatus`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    """Okta Support access disabled"""
    ENABLED = "ENABLED"
    """Okta Support access enabled"""
    NOT_REQUESTED = "NOT_REQUESTED"
    """Okta Support access not requested"""
    REQUESTED = "REQUESTED"
    """Okta Support access requested"""
