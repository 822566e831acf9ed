from .._enum import OktaEnum


class ProtocolAlgorithmTypeSignatureScope(OktaEnum):
    """Values of `ProtocolAlgorithmTypeSignatureScope`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "ANY"
    NONE = "NONE"
    REQUEST = "REQUEST"
    RESPONSE = "RESPONSE"
    TOKEN = "TOKEN"
