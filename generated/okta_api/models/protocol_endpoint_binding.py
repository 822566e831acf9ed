from .._enum import OktaEnum


class ProtocolEndpointBinding(OktaEnum):
    """Values of `ProtocolEndpointBinding`; an unknown value parses too (see `OktaEnum`)."""

    HTTP_POST = "HTTP-POST"
    HTTP_REDIRECT = "HTTP-REDIRECT"
