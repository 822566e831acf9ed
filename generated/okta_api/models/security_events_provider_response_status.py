from .._enum import OktaEnum


class SecurityEventsProviderResponseStatus(OktaEnum):
    """Values of `SecurityEventsProviderResponseStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
