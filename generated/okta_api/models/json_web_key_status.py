from .._enum import OktaEnum


class JsonWebKeyStatus(OktaEnum):
    """Values of `JsonWebKeyStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
