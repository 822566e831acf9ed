from .._enum import OktaEnum


class DeviceAssuranceDisplayRemediationMode(OktaEnum):
    """Values of `DeviceAssuranceDisplayRemediationMode`; an unknown value parses too (see `OktaEnum`)."""

    HIDE = "HIDE"
    SHOW = "SHOW"
