from .._enum import OktaEnum


class SsoCapabilitySupportedProtocolsItem(OktaEnum):
    """Values of `SsoCapabilitySupportedProtocolsItem`; an unknown value parses too (see `OktaEnum`)."""

    GTR = "GTR"
    OIDC = "OIDC"
    SAML = "SAML"
