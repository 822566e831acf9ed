from .._enum import OktaEnum


class DomainCertificateType(OktaEnum):
    """Values of `DomainCertificateType`; an unknown value parses too (see `OktaEnum`)."""

    PEM = "PEM"
