from .._enum import OktaEnum


class OktaIpChangeEventInitiatingEntity(OktaEnum):
    """Values of `OktaIpChangeEventInitiatingEntity`; an unknown value parses too (see `OktaEnum`)."""

    ADMIN = "admin"
    POLICY = "policy"
    SYSTEM = "system"
    USER = "user"
