from .._enum import OktaEnum


class UniversalLogoutCapabilitySupportedProtocolsItem(OktaEnum):
    """Values of `UniversalLogoutCapabilitySupportedProtocolsItem`; an unknown value parses too (see `OktaEnum`)."""

    ACTIONS = "ACTIONS"
    GTR = "GTR"
