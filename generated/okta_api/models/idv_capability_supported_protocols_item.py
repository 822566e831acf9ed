from .._enum import OktaEnum


class IdvCapabilitySupportedProtocolsItem(OktaEnum):
    """Values of `IdvCapabilitySupportedProtocolsItem`; an unknown value parses too (see `OktaEnum`)."""

    ID_PROOFING = "ID_PROOFING"
