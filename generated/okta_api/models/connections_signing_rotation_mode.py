from .._enum import OktaEnum


class ConnectionsSigningRotationMode(OktaEnum):
    """Values of `ConnectionsSigningRotationMode`; an unknown value parses too (see `OktaEnum`)."""

    AUTO = "AUTO"
    MANUAL = "MANUAL"
