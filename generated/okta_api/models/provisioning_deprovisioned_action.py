from .._enum import OktaEnum


class ProvisioningDeprovisionedAction(OktaEnum):
    """Values of `ProvisioningDeprovisionedAction`; an unknown value parses too (see `OktaEnum`)."""

    NONE = "NONE"
    """Take no action. If an IdP user that matches a previously deprovisioned Okta user attempts to
    authenticate, authentication fails."""
    REACTIVATE = "REACTIVATE"
    """If an IdP user that matches a previously deprovisioned Okta user attempts to authenticate,
    reactivate the matching user in Okta and allow the authentication attempt to proceed."""
