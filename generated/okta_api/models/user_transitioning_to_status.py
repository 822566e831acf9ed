from .._enum import OktaEnum


class UserTransitioningToStatus(OktaEnum):
    """Values of `UserTransitioningToStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    DEPROVISIONED = "DEPROVISIONED"
    PROVISIONED = "PROVISIONED"
