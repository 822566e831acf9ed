from .._enum import OktaEnum


class DomainCertificateSourceType(OktaEnum):
    """Values of `DomainCertificateSourceType`; an unknown value parses too (see `OktaEnum`)."""

    MANUAL = "MANUAL"
    OKTA_MANAGED = "OKTA_MANAGED"
