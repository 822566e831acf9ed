from .._enum import OktaEnum


class SamlAttributeStatementGroupNamespace(OktaEnum):
    """Values of `SamlAttributeStatementGroupNamespace`; an unknown value parses too (see `OktaEnum`)."""

    URNOASISNAMESTCSAML2_0ATTRNAME_FORMATBASIC = "urn:oasis:names:tc:SAML:2.0:attrname-format:basic"
    """Basic"""
    URNOASISNAMESTCSAML2_0ATTRNAME_FORMATUNSPECIFIED = "urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified"
    """Unspecified"""
    URNOASISNAMESTCSAML2_0ATTRNAME_FORMATURI = "urn:oasis:names:tc:SAML:2.0:attrname-format:uri"
    """URI reference"""
