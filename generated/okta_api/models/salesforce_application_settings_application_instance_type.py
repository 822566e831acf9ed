from .._enum import OktaEnum


class SalesforceApplicationSettingsApplicationInstanceType(OktaEnum):
    """Values of `SalesforceApplicationSettingsApplicationInstanceType`; an unknown value parses too (see `OktaEnum`)."""

    GOVERNMENT = "GOVERNMENT"
    PRODUCTION = "PRODUCTION"
    SANDBOX = "SANDBOX"
