from .._enum import OktaEnum


class ProvisioningCapabilitySupportedProtocolsItem(OktaEnum):
    """Values of `ProvisioningCapabilitySupportedProtocolsItem`; an unknown value parses too (see `OktaEnum`)."""

    ACTIONS = "ACTIONS"
    OAUTH2 = "OAUTH2"
    SCIM = "SCIM"
