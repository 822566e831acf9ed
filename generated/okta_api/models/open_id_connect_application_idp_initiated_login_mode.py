from .._enum import OktaEnum


class OpenIdConnectApplicationIdpInitiatedLoginMode(OktaEnum):
    """Values of `OpenIdConnectApplicationIdpInitiatedLoginMode`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    """The client doesn't support the IdP-initiated sign-in flow."""
    OKTA = "OKTA"
    """Tokens are directly sent to the Relying Party. This corresponds to the **Okta Simplified** option in
    the Admin Console."""
    SPEC = "SPEC"
    """The client is redirected to the Relying Party's `initiate_login_uri`."""
