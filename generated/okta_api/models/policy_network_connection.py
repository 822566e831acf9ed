from .._enum import OktaEnum


class PolicyNetworkConnection(OktaEnum):
    """Values of `PolicyNetworkConnection`; an unknown value parses too (see `OktaEnum`)."""

    ANYWHERE = "ANYWHERE"
    ZONE = "ZONE"
