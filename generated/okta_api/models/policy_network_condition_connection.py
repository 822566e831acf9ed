from .._enum import OktaEnum


class PolicyNetworkConditionConnection(OktaEnum):
    """Values of `PolicyNetworkConditionConnection`; an unknown value parses too (see `OktaEnum`)."""

    ANYWHERE = "ANYWHERE"
    ZONE = "ZONE"
