from .._enum import OktaEnum


class OpenIdConnectApplicationIssuerMode(OktaEnum):
    """Values of `OpenIdConnectApplicationIssuerMode`; an unknown value parses too (see `OktaEnum`)."""

    CUSTOM_URL = "CUSTOM_URL"
    """The issuer is returned in the appropriate OIDC token response. This is the default `issuer_mode`
    when you configured a custom domain for your org."""
    DYNAMIC = "DYNAMIC"
    """A request for the ID token made from the custom domain has the custom URL as the issuer.  A request
    for the ID token made from an Okta org has the Org URL as the issuer. You can only set `issuer_mode`
    as DYNAMIC if the Dynamic Issuer Mode feature is enabled. Contact Okta Support to enable this
    feature."""
    ORG_URL = "ORG_URL"
    """The issuer is returned based on the URL of your Okta organization. This is useful when you are using
    Okta’s default domain and do not have a custom domain configured."""
