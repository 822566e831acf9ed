from .._enum import OktaEnum


class ServiceAccountStatus(OktaEnum):
    """Values of `ServiceAccountStatus`; an unknown value parses too (see `OktaEnum`)."""

    ALERT = "ALERT"
    ERROR = "ERROR"
    INFO = "INFO"
    NO_ISSUES = "NO_ISSUES"
    UNSECURED = "UNSECURED"
