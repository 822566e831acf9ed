from .._enum import OktaEnum


class OAuthResponseType(OktaEnum):
    """Values of `OAuthResponseType`; an unknown value parses too (see `OktaEnum`)."""

    CODE = "code"
    ID_TOKEN = "id_token"
    TOKEN = "token"
