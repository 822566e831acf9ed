from .._enum import OktaEnum


class ResponseType(OktaEnum):
    """Values of `ResponseType`; an unknown value parses too (see `OktaEnum`)."""

    CODE = "code"
    ID_TOKEN = "id_token"
    NONE = "none"
    TOKEN = "token"
