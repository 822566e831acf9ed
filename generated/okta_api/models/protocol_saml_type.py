from .._enum import OktaEnum


class ProtocolSamlType(OktaEnum):
    """Values of `ProtocolSamlType`; an unknown value parses too (see `OktaEnum`)."""

    SAML2 = "SAML2"
