from .._enum import OktaEnum


class ProtocolAlgorithmRequestScope(OktaEnum):
    """Values of `ProtocolAlgorithmRequestScope`; an unknown value parses too (see `OktaEnum`)."""

    NONE = "NONE"
    REQUEST = "REQUEST"
