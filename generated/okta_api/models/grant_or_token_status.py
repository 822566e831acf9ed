from .._enum import OktaEnum


class GrantOrTokenStatus(OktaEnum):
    """Values of `GrantOrTokenStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    REVOKED = "REVOKED"
