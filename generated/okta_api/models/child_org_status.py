from .._enum import OktaEnum


class ChildOrgStatus(OktaEnum):
    """Values of `ChildOrgStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
