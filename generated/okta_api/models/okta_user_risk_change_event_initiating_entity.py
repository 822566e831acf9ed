from .._enum import OktaEnum


class OktaUserRiskChangeEventInitiatingEntity(OktaEnum):
    """Values of `OktaUserRiskChangeEventInitiatingEntity`; an unknown value parses too (see `OktaEnum`)."""

    ADMIN = "admin"
    POLICY = "policy"
    SYSTEM = "system"
    USER = "user"
