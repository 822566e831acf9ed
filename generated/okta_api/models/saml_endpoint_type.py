from .._enum import OktaEnum


class SamlEndpointType(OktaEnum):
    """Values of `SamlEndpointType`; an unknown value parses too (see `OktaEnum`)."""

    INSTANCE = "INSTANCE"
    ORG = "ORG"
