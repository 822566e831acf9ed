from .._enum import OktaEnum


class IDVAuthorizationEndpointBinding(OktaEnum):
    """Values of `IDVAuthorizationEndpointBinding`; an unknown value parses too (see `OktaEnum`)."""

    HTTP_REDIRECT = "HTTP-REDIRECT"
