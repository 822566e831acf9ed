from .._enum import OktaEnum


class IntegrationCapabilityStatus(OktaEnum):
    """Values of `IntegrationCapabilityStatus`; an unknown value parses too (see `OktaEnum`)."""

    DEPRECATED = "deprecated"
    RELEASED = "released"
    UNKNOWN = "unknown"
    UPCOMING = "upcoming"
