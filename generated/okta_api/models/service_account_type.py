from .._enum import OktaEnum


class ServiceAccountType(OktaEnum):
    """Values of `ServiceAccountType`; an unknown value parses too (see `OktaEnum`)."""

    APP_ACCOUNT = "APP_ACCOUNT"
    """SaaS app account"""
    OKTA_USER_ACCOUNT = "OKTA_USER_ACCOUNT"
    """Okta user account"""
