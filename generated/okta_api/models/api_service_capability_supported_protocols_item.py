from .._enum import OktaEnum


class ApiServiceCapabilitySupportedProtocolsItem(OktaEnum):
    """Values of `ApiServiceCapabilitySupportedProtocolsItem`; an unknown value parses too (see `OktaEnum`)."""

    OAUTH2 = "OAUTH2"
