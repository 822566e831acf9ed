from .._enum import OktaEnum


class ProtocolMtlsType(OktaEnum):
    """Values of `ProtocolMtlsType`; an unknown value parses too (see `OktaEnum`)."""

    MTLS = "MTLS"
