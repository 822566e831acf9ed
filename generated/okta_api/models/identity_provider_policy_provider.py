from .._enum import OktaEnum


class IdentityProviderPolicyProvider(OktaEnum):
    """Values of `IdentityProviderPolicyProvider`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "ANY"
    OKTA = "OKTA"
    SPECIFIC_IDP = "SPECIFIC_IDP"
