from .._enum import OktaEnum


class EndpointAuthMethod(OktaEnum):
    """Values of `EndpointAuthMethod`; an unknown value parses too (see `OktaEnum`)."""

    CLIENT_SECRET_BASIC = "client_secret_basic"
    CLIENT_SECRET_JWT = "client_secret_jwt"
    CLIENT_SECRET_POST = "client_secret_post"
    NONE = "none"
    PRIVATE_KEY_JWT = "private_key_jwt"
