from .._enum import OktaEnum


class ProtocolIdVerificationType(OktaEnum):
    """Values of `ProtocolIdVerificationType`; an unknown value parses too (see `OktaEnum`)."""

    ID_PROOFING = "ID_PROOFING"
