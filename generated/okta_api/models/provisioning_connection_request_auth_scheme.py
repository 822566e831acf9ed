from .._enum import OktaEnum


class ProvisioningConnectionRequestAuthScheme(OktaEnum):
    """Values of `ProvisioningConnectionRequestAuthScheme`; an unknown value parses too (see `OktaEnum`)."""

    OAUTH2 = "OAUTH2"
    TOKEN = "TOKEN"
