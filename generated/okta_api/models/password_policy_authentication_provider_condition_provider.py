from .._enum import OktaEnum


class PasswordPolicyAuthenticationProviderConditionProvider(OktaEnum):
    """Values of `PasswordPolicyAuthenticationProviderConditionProvider`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE_DIRECTORY = "ACTIVE_DIRECTORY"
    ANY = "ANY"
    LDAP = "LDAP"
    OKTA = "OKTA"
