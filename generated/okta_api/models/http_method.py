from .._enum import OktaEnum


class HttpMethod(OktaEnum):
    """Values of `HttpMethod`; an unknown value parses too (see `OktaEnum`)."""

    DELETE = "DELETE"
    GET = "GET"
    POST = "POST"
    PUT = "PUT"
