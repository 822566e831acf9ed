from .._enum import OktaEnum


class SamlNameIdFormat(OktaEnum):
    """Values of `SamlNameIdFormat`; an unknown value parses too (see `OktaEnum`)."""

    URNOASISNAMESTCSAML1_1NAMEID_FORMATEMAILADDRESS = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
    URNOASISNAMESTCSAML1_1NAMEID_FORMATUNSPECIFIED = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified"
    URNOASISNAMESTCSAML2_0NAMEID_FORMATPERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"
    URNOASISNAMESTCSAML2_0NAMEID_FORMATTRANSIENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient"
