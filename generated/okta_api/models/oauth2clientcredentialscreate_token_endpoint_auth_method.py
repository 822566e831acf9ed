from .._enum import OktaEnum


class OAUTH2CLIENTCREDENTIALSCREATETokenEndpointAuthMethod(OktaEnum):
    """Values of `OAUTH2CLIENTCREDENTIALSCREATETokenEndpointAuthMethod`; an unknown value parses too (see `OktaEnum`)."""

    CLIENT_SECRET_BASIC = "CLIENT_SECRET_BASIC"
    CLIENT_SECRET_POST = "CLIENT_SECRET_POST"
