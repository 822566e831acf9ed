from .._enum import OktaEnum


class MtlsTrustCredentialsRevocation(OktaEnum):
    """Values of `MtlsTrustCredentialsRevocation`; an unknown value parses too (see `OktaEnum`)."""

    CRL = "CRL"
    DELTA_CRL = "DELTA_CRL"
    OCSP = "OCSP"
