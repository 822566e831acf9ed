from .._enum import OktaEnum


class LogStreamLinkObjectMethod(OktaEnum):
    """Values of `LogStreamLinkObjectMethod`; an unknown value parses too (see `OktaEnum`)."""

    GET = "GET"
    POST = "POST"
