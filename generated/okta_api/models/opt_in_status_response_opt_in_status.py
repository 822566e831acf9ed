from .._enum import OktaEnum


class OptInStatusResponseOptInStatus(OktaEnum):
    """Values of `OptInStatusResponseOptInStatus`; an unknown value parses too (see `OktaEnum`)."""

    OPTED_IN = "OPTED_IN"
    """Entitlement management is enabled for the Admin Console"""
    OPTED_OUT = "OPTED_OUT"
    """Entitlement management is disabled for the Admin Console"""
    OPTING_IN = "OPTING_IN"
    """Okta is enabling entitlement management for the Admin Console"""
    OPTING_OUT = "OPTING_OUT"
    """Okta is disabling entitlement management for the Admin Console"""
