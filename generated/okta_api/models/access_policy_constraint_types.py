from .._enum import OktaEnum


class AccessPolicyConstraintTypes(OktaEnum):
    """Values of `AccessPolicyConstraintTypes`; an unknown value parses too (see `OktaEnum`)."""

    APP = "APP"
    EMAIL = "EMAIL"
    FEDERATED = "FEDERATED"
    PASSWORD = "PASSWORD"
    PHONE = "PHONE"
    SECURITY_KEY = "SECURITY_KEY"
    SECURITY_QUESTION = "SECURITY_QUESTION"
