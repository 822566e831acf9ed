from .._enum import OktaEnum


class ProvisioningAction(OktaEnum):
    """Values of `ProvisioningAction`; an unknown value parses too (see `OktaEnum`)."""

    AUTO = "AUTO"
    """The IdP user profile is transformed through defined universal directory profile mappings to an Okta
    user profile and automatically provisioned as an Okta user."""
    DISABLED = "DISABLED"
    """Okta rejects the authentication request and skips provisioning of a new Okta user if the IdP user
    isn't linked to an existing Okta user."""
