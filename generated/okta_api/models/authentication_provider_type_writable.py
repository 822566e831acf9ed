from .._enum import OktaEnum


class AuthenticationProviderTypeWritable(OktaEnum):
    """Values of `AuthenticationProviderTypeWritable`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE_DIRECTORY = "ACTIVE_DIRECTORY"
    FEDERATION = "FEDERATION"
    IMPORT = "IMPORT"
    LDAP = "LDAP"
    OKTA = "OKTA"
    SOCIAL = "SOCIAL"
