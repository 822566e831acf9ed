from .._enum import OktaEnum


class OpenIdConnectApplicationType(OktaEnum):
    """Values of `OpenIdConnectApplicationType`; an unknown value parses too (see `OktaEnum`)."""

    BROWSER = "browser"
    """Single-Page app (SPA)"""
    NATIVE = "native"
    """Native app"""
    SERVICE = "service"
    """API service app"""
    WEB = "web"
    """Web app"""
