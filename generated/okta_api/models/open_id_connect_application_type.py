from .._enum import OktaEnum


class OpenIdConnectApplicationType(OktaEnum):
    """Values of `OpenIdConnectApplicationType`; an unknown value parses too (see `OktaEnum`)."""

    BROWSER = "browser"
    NATIVE = "native"
    SERVICE = "service"
    WEB = "web"
