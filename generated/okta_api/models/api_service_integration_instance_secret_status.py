from .._enum import OktaEnum


class APIServiceIntegrationInstanceSecretStatus(OktaEnum):
    """Values of `APIServiceIntegrationInstanceSecretStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
