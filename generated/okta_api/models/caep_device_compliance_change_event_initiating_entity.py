from .._enum import OktaEnum


class CaepDeviceComplianceChangeEventInitiatingEntity(OktaEnum):
    """Values of `CaepDeviceComplianceChangeEventInitiatingEntity`; an unknown value parses too (see `OktaEnum`)."""

    ADMIN = "admin"
    POLICY = "policy"
    SYSTEM = "system"
    USER = "user"
