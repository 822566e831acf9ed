from .._enum import OktaEnum


class OAUTH2CLIENTCREDENTIALSCREATETokenEndpointAuthMethod(OktaEnum):
    """Values of `OAUTH2CLIENTCREDENTIALSCREATETokenEndpointAuthMethod`; an unknown value parses too (see `OktaEnum`)."""

    CLIENT_SECRET_BASIC = "CLIENT_SECRET_BASIC"
    """The `client_id` and `client_secret` are combined into a single string (separated by a colon), Base64
    encoded, and sent in the `Authorization` header"""
    CLIENT_SECRET_POST = "CLIENT_SECRET_POST"
    """The `client_id` and `client_secret` are sent as standard form parameters in the payload of the POST
    request."""
