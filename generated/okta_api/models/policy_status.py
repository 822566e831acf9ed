from .._enum import OktaEnum


class PolicyStatus(OktaEnum):
    """Values of `PolicyStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
