from .._enum import OktaEnum


class ClientSecretStatus(OktaEnum):
    """Values of `ClientSecretStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
