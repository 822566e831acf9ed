from .._enum import OktaEnum


class OAuthCredentialsClientTokenEndpointAuthMethod(OktaEnum):
    """Values of `OAuthCredentialsClientTokenEndpointAuthMethod`; an unknown value parses too (see `OktaEnum`)."""

    PRIVATE_KEY_JWT = "private_key_jwt"
