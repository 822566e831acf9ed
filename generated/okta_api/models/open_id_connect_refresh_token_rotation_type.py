from .._enum import OktaEnum


class OpenIdConnectRefreshTokenRotationType(OktaEnum):
    """Values of `OpenIdConnectRefreshTokenRotationType`; an unknown value parses too (see `OktaEnum`)."""

    ROTATE = "ROTATE"
    """The default rotation type for single-page apps (SPAs)"""
    STATIC = "STATIC"
    """The default rotation type for all clients, except SPAs"""
