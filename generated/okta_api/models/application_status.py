from .._enum import OktaEnum


class ApplicationStatus(OktaEnum):
    """Values of `ApplicationStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    DELETED = "DELETED"
    INACTIVE = "INACTIVE"
