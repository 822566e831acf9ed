from .._enum import OktaEnum


class ProvisioningConnectionOauthAuthScheme(OktaEnum):
    """Values of `ProvisioningConnectionOauthAuthScheme`; an unknown value parses too (see `OktaEnum`)."""

    OAUTH2 = "OAUTH2"
