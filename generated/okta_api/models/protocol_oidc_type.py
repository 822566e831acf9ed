from .._enum import OktaEnum


class ProtocolOidcType(OktaEnum):
    """Values of `ProtocolOidcType`; an unknown value parses too (see `OktaEnum`)."""

    OIDC = "OIDC"
