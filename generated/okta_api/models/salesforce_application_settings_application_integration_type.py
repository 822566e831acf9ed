from .._enum import OktaEnum


class SalesforceApplicationSettingsApplicationIntegrationType(OktaEnum):
    """Values of `SalesforceApplicationSettingsApplicationIntegrationType`; an unknown value parses too (see `OktaEnum`)."""

    COMMUNITY = "COMMUNITY"
    PORTAL = "PORTAL"
    STANDARD = "STANDARD"
