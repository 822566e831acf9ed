from .._enum import OktaEnum


class ApplicationType(OktaEnum):
    """Values of `ApplicationType`; an unknown value parses too (see `OktaEnum`)."""

    BROWSER = "browser"
    NATIVE = "native"
    SERVICE = "service"
    WEB = "web"
