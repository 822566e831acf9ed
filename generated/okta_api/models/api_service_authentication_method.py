from .._enum import OktaEnum


class ApiServiceAuthenticationMethod(OktaEnum):
    """Values of `ApiServiceAuthenticationMethod`; an unknown value parses too (see `OktaEnum`)."""

    CLIENT_SECRET_BASIC = "client_secret_basic"
