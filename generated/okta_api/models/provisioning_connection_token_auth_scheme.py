from .._enum import OktaEnum


class ProvisioningConnectionTokenAuthScheme(OktaEnum):
    """Values of `ProvisioningConnectionTokenAuthScheme`; an unknown value parses too (see `OktaEnum`)."""

    TOKEN = "TOKEN"
