from .._enum import OktaEnum


class ApiServiceCapabilityCapability(OktaEnum):
    """Values of `ApiServiceCapabilityCapability`; an unknown value parses too (see `OktaEnum`)."""

    API_SERVICE = "API_SERVICE"
