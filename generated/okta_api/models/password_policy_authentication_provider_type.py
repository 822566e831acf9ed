from .._enum import OktaEnum


class PasswordPolicyAuthenticationProviderType(OktaEnum):
    """Values of `PasswordPolicyAuthenticationProviderType`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE_DIRECTORY = "ACTIVE_DIRECTORY"
    ANY = "ANY"
    LDAP = "LDAP"
    OKTA = "OKTA"
