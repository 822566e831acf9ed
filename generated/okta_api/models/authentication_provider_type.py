from .._enum import OktaEnum


class AuthenticationProviderType(OktaEnum):
    """Values of `AuthenticationProviderType`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE_DIRECTORY = "ACTIVE_DIRECTORY"
    FEDERATION = "FEDERATION"
    IMPORT = "IMPORT"
    LDAP = "LDAP"
    OKTA = "OKTA"
    SOCIAL = "SOCIAL"
