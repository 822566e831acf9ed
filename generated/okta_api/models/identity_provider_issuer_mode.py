from .._enum import OktaEnum


class IdentityProviderIssuerMode(OktaEnum):
    """Values of `IdentityProviderIssuerMode`; an unknown value parses too (see `OktaEnum`)."""

    CUSTOM_URL = "CUSTOM_URL"
    """In the authorize request to the social IdP, Okta uses the custom domain URL as the domain in the
    `redirect_uri`. You can set `issuerMode` to `CUSTOM_URL` only if you have a custom URL domain
    configured."""
    DYNAMIC = "DYNAMIC"
    """In the authorize request to the social IdP, Okta uses the custom domain URL as the domain in the
    `redirect_uri` if the request was made from the custom domain URL. Otherwise, Okta uses the Okta
    org's original domain URL if the request was made from the Okta org domain."""
    ORG_URL = "ORG_URL"
    """In the authorize request to the social IdP, Okta uses the Okta org's original domain URL
    (`https://${yourOktaDomain}`) as the domain in the `redirect_uri`."""
