from .._enum import OktaEnum


class IdvCapabilityCapability(OktaEnum):
    """Values of `IdvCapabilityCapability`; an unknown value parses too (see `OktaEnum`)."""

    IDV = "IDV"
