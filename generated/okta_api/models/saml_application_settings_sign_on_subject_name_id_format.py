from .._enum import OktaEnum


class SamlApplicationSettingsSignOnSubjectNameIdFormat(OktaEnum):
    """Values of `SamlApplicationSettingsSignOnSubjectNameIdFormat`; an unknown value parses too (see `OktaEnum`)."""

    URNOASISNAMESTCSAML1_1NAMEID_FORMATEMAILADDRESS = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
    """Email Address"""
    URNOASISNAMESTCSAML1_1NAMEID_FORMATUNSPECIFIED = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified"
    """Unspecified"""
    URNOASISNAMESTCSAML1_1NAMEID_FORMATX509SUBJECTNAME = "urn:oasis:names:tc:SAML:1.1:nameid-format:x509SubjectName"
    """x509SubjectName"""
    URNOASISNAMESTCSAML2_0NAMEID_FORMATPERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"
    """Persistent"""
    URNOASISNAMESTCSAML2_0NAMEID_FORMATTRANSIENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient"
    """Transient"""
