from .._enum import OktaEnum


class ProvisioningConnectionAuthScheme(OktaEnum):
    """Values of `ProvisioningConnectionAuthScheme`; an unknown value parses too (see `OktaEnum`)."""

    TOKEN = "TOKEN"
    UNKNOWN = "UNKNOWN"
