from .._enum import OktaEnum


class TokenProtocolRequestResponseType(OktaEnum):
    """Values of `TokenProtocolRequestResponseType`; an unknown value parses too (see `OktaEnum`)."""

    CODE = "code"
    ID_TOKEN = "id_token"
    NONE = "none"
    TOKEN = "token"
