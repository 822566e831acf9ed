from .._enum import OktaEnum


class OktaDeviceRiskChangeEventInitiatingEntity(OktaEnum):
    """Values of `OktaDeviceRiskChangeEventInitiatingEntity`; an unknown value parses too (see `OktaEnum`)."""

    ADMIN = "admin"
    POLICY = "policy"
    SYSTEM = "system"
    USER = "user"
