from .._enum import OktaEnum


class IdentityProviderStatus(OktaEnum):
    """Values of `IdentityProviderStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
