from .._enum import OktaEnum


class ProtocolType(OktaEnum):
    """Values of `ProtocolType`; an unknown value parses too (see `OktaEnum`)."""

    MTLS = "MTLS"
    OAUTH2 = "OAUTH2"
    OIDC = "OIDC"
    SAML2 = "SAML2"
