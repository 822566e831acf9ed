from .._enum import OktaEnum


class CaepCredentialChangeEventChangeType(OktaEnum):
    """Values of `CaepCredentialChangeEventChangeType`; an unknown value parses too (see `OktaEnum`)."""

    CREATE = "create"
    DELETE = "delete"
    REVOKE = "revoke"
    UPDATE = "update"
