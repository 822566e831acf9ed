from .._enum import OktaEnum


class OpenIdConnectApplicationSettingsClientWildcardRedirect(OktaEnum):
    """Values of `OpenIdConnectApplicationSettingsClientWildcardRedirect`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    SUBDOMAIN = "SUBDOMAIN"
