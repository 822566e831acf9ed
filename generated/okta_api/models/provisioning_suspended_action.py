from .._enum import OktaEnum


class ProvisioningSuspendedAction(OktaEnum):
    """Values of `ProvisioningSuspendedAction`; an unknown value parses too (see `OktaEnum`)."""

    NONE = "NONE"
    """Take no action. If an IdP user that matches a previously suspended Okta user attempts to
    authenticate, authentication fails."""
    UNSUSPEND = "UNSUSPEND"
    """If an IdP user that matches a previously suspended Okta user attempts to authenticate, unsuspend the
    matching user in Okta and allow the authentication attempt to proceed."""
