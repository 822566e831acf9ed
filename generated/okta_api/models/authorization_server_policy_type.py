from .._enum import OktaEnum


class AuthorizationServerPolicyType(OktaEnum):
    """Values of `AuthorizationServerPolicyType`; an unknown value parses too (see `OktaEnum`)."""

    OAUTH_AUTHORIZATION_POLICY = "OAUTH_AUTHORIZATION_POLICY"
