from .._enum import OktaEnum


class OpenIdConnectApplicationConsentMethod(OktaEnum):
    """Values of `OpenIdConnectApplicationConsentMethod`; an unknown value parses too (see `OktaEnum`)."""

    REQUIRED = "REQUIRED"
    """The client requires consent (for example, a third-party app). The default consent method for app
    instances created with a [Create a Client
    Application](https://developer.okta.com/docs/api/openapi/okta-oauth/oauth/client/createclient)
    request"""
    TRUSTED = "TRUSTED"
    """The client is fully trusted (for example, a first-party app). The default consent method for app
    instances created with a [Create an
    Application](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/application/other/createapplication)
    request"""
