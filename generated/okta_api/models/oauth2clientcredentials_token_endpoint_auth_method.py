from .._enum import OktaEnum


class OAUTH2CLIENTCREDENTIALSTokenEndpointAuthMethod(OktaEnum):
    """Values of `OAUTH2CLIENTCREDENTIALSTokenEndpointAuthMethod`; an unknown value parses too (see `OktaEnum`)."""

    CLIENT_SECRET_BASIC = "CLIENT_SECRET_BASIC"
    CLIENT_SECRET_POST = "CLIENT_SECRET_POST"
