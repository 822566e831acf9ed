from .._enum import OktaEnum


class ProvisioningConnectionAuthScheme(OktaEnum):
    """Values of `ProvisioningConnectionAuthScheme`; an unknown value parses too (see `OktaEnum`)."""

    OAUTH2 = "OAUTH2"
    """OAuth 2.0 is used to authenticate with the app."""
    TOKEN = "TOKEN"
    """A token is used to authenticate with the app."""
    UNKNOWN = "UNKNOWN"
    """The authentication scheme used by the app isn't supported, or the app doesn't support provisioning."""
