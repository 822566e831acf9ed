from .._enum import OktaEnum


class CaepSessionRevokedEventInitiatingEntity(OktaEnum):
    """Values of `CaepSessionRevokedEventInitiatingEntity`; an unknown value parses too (see `OktaEnum`)."""

    ADMIN = "admin"
    POLICY = "policy"
    SYSTEM = "system"
    USER = "user"
