from .._enum import OktaEnum


class IDVParEndpointBinding(OktaEnum):
    """Values of `IDVParEndpointBinding`; an unknown value parses too (see `OktaEnum`)."""

    HTTP_POST = "HTTP-POST"
