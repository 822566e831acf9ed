from .._enum import OktaEnum


class ServiceAccountStatus(OktaEnum):
    """Values of `ServiceAccountStatus`; an unknown value parses too (see `OktaEnum`)."""

    ALERT = "ALERT"
    """The account requires attention from an admin"""
    ERROR = "ERROR"
    """An error is preventing Okta Privileged Access from using the account"""
    INFO = "INFO"
    """An action involving the account is in progress in Okta Privileged Access"""
    NO_ISSUES = "NO_ISSUES"
    """The account is ready for use in Okta Privileged Access"""
    UNSECURED = "UNSECURED"
    """The account needs to be assigned to a resource group and a project in Okta Privileged Access"""
