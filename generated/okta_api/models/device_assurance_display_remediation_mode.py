from .._enum import OktaEnum


class DeviceAssuranceDisplayRemediationMode(OktaEnum):
    """Values of `DeviceAssuranceDisplayRemediationMode`; an unknown value parses too (see `OktaEnum`)."""

    HIDE = "HIDE"
    """Hide remediation instructions in the Sign-In Widget"""
    SHOW = "SHOW"
    """Display remediation instructions in the Sign-In Widget"""
