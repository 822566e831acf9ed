from .._enum import OktaEnum


class PolicySubjectMatchType(OktaEnum):
    """Values of `PolicySubjectMatchType`; an unknown value parses too (see `OktaEnum`)."""

    CUSTOM_ATTRIBUTE = "CUSTOM_ATTRIBUTE"
    EMAIL = "EMAIL"
    USERNAME = "USERNAME"
    USERNAME_OR_EMAIL = "USERNAME_OR_EMAIL"
