from .._enum import OktaEnum


class OSAccountStatus(OktaEnum):
    """Values of `OSAccountStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    DELETED = "DELETED"
