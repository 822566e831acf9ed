from .._enum import OktaEnum


class IdentityProviderCredentialsTrustRevocation(OktaEnum):
    """Values of `IdentityProviderCredentialsTrustRevocation`; an unknown value parses too (see `OktaEnum`)."""

    CRL = "CRL"
    DELTA_CRL = "DELTA_CRL"
    OCSP = "OCSP"
