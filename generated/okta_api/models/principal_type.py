from .._enum import OktaEnum


class PrincipalType(OktaEnum):
    """Values of `PrincipalType`; an unknown value parses too (see `OktaEnum`)."""

    OAUTH_CLIENT = "OAUTH_CLIENT"
    SSWS_TOKEN = "SSWS_TOKEN"
