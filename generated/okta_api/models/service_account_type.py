from .._enum import OktaEnum


class ServiceAccountType(OktaEnum):
    """Values of `ServiceAccountType`; an unknown value parses too (see `OktaEnum`)."""

    APP_ACCOUNT = "APP_ACCOUNT"
    OKTA_USER_ACCOUNT = "OKTA_USER_ACCOUNT"
