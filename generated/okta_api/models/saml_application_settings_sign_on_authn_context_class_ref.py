from .._enum import OktaEnum


class SamlApplicationSettingsSignOnAuthnContextClassRef(OktaEnum):
    """Values of `SamlApplicationSettingsSignOnAuthnContextClassRef`; an unknown value parses too (see `OktaEnum`)."""

    OASISNAMESTCSAML2_0ACCLASSESKERBEROS = "oasis:names:tc:SAML:2.0:ac:classes:Kerberos"
    """Kerberos"""
    URNFEDERATIONAUTHENTICATIONWINDOWS = "urn:federation:authentication:windows"
    """Integrated Windows Authentication"""
    URNOASISNAMESTCSAML2_0ACCLASSESPASSWORD = "urn:oasis:names:tc:SAML:2.0:ac:classes:Password"
    """Password"""
    URNOASISNAMESTCSAML2_0ACCLASSESPASSWORDPROTECTEDTRANSPORT = (
        "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"
    )
    """PasswordProtectedTransport"""
    URNOASISNAMESTCSAML2_0ACCLASSESTLSCLIENT = "urn:oasis:names:tc:SAML:2.0:ac:classes:TLSClient"
    """TLS Client"""
    URNOASISNAMESTCSAML2_0ACCLASSESUNSPECIFIED = "urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified"
    """Unspecified"""
    URNOASISNAMESTCSAML2_0ACCLASSESX509 = "urn:oasis:names:tc:SAML:2.0:ac:classes:X509"
    """X509 Certificate"""
