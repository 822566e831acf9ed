from .._enum import OktaEnum


class ProtocolAlgorithmResponseScope(OktaEnum):
    """Values of `ProtocolAlgorithmResponseScope`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "ANY"
    RESPONSE = "RESPONSE"
    TOKEN = "TOKEN"
