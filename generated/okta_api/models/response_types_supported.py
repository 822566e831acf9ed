from .._enum import OktaEnum


class ResponseTypesSupported(OktaEnum):
    """Values of `ResponseTypesSupported`; an unknown value parses too (see `OktaEnum`)."""

    CODE = "code"
    CODE_ID_TOKEN = "code id_token"
    CODE_ID_TOKEN_TOKEN = "code id_token token"
    CODE_TOKEN = "code token"
    ID_TOKEN = "id_token"
    ID_TOKEN_TOKEN = "id_token token"
    TOKEN = "token"
