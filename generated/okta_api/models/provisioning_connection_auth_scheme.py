from .._enum import OktaEnum


class ProvisioningConnectionAuthScheme(OktaEnum):
    """Values of `ProvisioningConnectionAuthScheme`; an unknown value parses too (see `OktaEnum`)."""

    OAUTH2 = "OAUTH2"
    TOKEN = "TOKEN"
    UNKNOWN = "UNKNOWN"
