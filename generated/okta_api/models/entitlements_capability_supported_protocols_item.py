from .._enum import OktaEnum


class EntitlementsCapabilitySupportedProtocolsItem(OktaEnum):
    """Values of `EntitlementsCapabilitySupportedProtocolsItem`; an unknown value parses too (see `OktaEnum`)."""

    ACTIONS = "ACTIONS"
