from .._enum import OktaEnum


class IDVTokenEndpointBinding(OktaEnum):
    """Values of `IDVTokenEndpointBinding`; an unknown value parses too (see `OktaEnum`)."""

    HTTP_POST = "HTTP-POST"
