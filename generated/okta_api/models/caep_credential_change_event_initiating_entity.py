from .._enum import OktaEnum


class CaepCredentialChangeEventInitiatingEntity(OktaEnum):
    """Values of `CaepCredentialChangeEventInitiatingEntity`; an unknown value parses too (see `OktaEnum`)."""

    ADMIN = "admin"
    POLICY = "policy"
    SYSTEM = "system"
    USER = "user"
