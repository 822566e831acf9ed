from .._enum import OktaEnum


class ProtocolOAuthType(OktaEnum):
    """Values of `ProtocolOAuthType`; an unknown value parses too (see `OktaEnum`)."""

    OAUTH2 = "OAUTH2"
