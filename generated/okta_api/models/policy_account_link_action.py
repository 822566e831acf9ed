from .._enum import OktaEnum


class PolicyAccountLinkAction(OktaEnum):
    """Values of `PolicyAccountLinkAction`; an unknown value parses too (see `OktaEnum`)."""

    AUTO = "AUTO"
    """The IdP user is automatically linked to an Okta user when the transformed IdP user matches an
    existing Okta user according to [subject match
    rules](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/IdentityProvider/#tag/IdentityProvider/operation/createIdentityProvider!path=policy/subject&t=request)."""
    DISABLED = "DISABLED"
    """Okta never attempts to link the IdP user to an existing Okta user, but may still attempt to
    provision a new Okta user according to the [provisioning action
    type](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/IdentityProvider/#tag/IdentityProvider/operation/createIdentityProvider!path=policy/provisioning/action&t=request)."""
