from .._enum import OktaEnum


class CaepSecurityEventInitiatingEntity(OktaEnum):
    """Values of `CaepSecurityEventInitiatingEntity`; an unknown value parses too (see `OktaEnum`)."""

    ADMIN = "admin"
    POLICY = "policy"
    SYSTEM = "system"
    USER = "user"
