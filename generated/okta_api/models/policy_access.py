from .._enum import OktaEnum


class PolicyAccess(OktaEnum):
    """Values of `PolicyAccess`; an unknown value parses too (see `OktaEnum`)."""

    ALLOW = "ALLOW"
    DENY = "DENY"
