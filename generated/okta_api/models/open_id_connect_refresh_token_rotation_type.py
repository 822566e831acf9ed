from .._enum import OktaEnum


class OpenIdConnectRefreshTokenRotationType(OktaEnum):
    """Values of `OpenIdConnectRefreshTokenRotationType`; an unknown value parses too (see `OktaEnum`)."""

    ROTATE = "ROTATE"
    STATIC = "STATIC"
