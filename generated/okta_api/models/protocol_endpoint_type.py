from .._enum import OktaEnum


class ProtocolEndpointType(OktaEnum):
    """Values of `ProtocolEndpointType`; an unknown value parses too (see `OktaEnum`)."""

    INSTANCE = "INSTANCE"
    ORG = "ORG"
