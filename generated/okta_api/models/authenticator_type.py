from .._enum import OktaEnum


class AuthenticatorType(OktaEnum):
    """Values of `AuthenticatorType`; an unknown value parses too (see `OktaEnum`)."""

    APP = "app"
    EMAIL = "email"
    FEDERATED = "federated"
    PASSWORD = "password"
    PHONE = "phone"
    SECURITY_KEY = "security_key"
    SECURITY_QUESTION = "security_question"
    TAC = "tac"
