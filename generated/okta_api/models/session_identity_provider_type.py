from .._enum import OktaEnum


class SessionIdentityProviderType(OktaEnum):
    """Values of `SessionIdentityProviderType`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE_DIRECTORY = "ACTIVE_DIRECTORY"
    FEDERATION = "FEDERATION"
    LDAP = "LDAP"
    OKTA = "OKTA"
    SOCIAL = "SOCIAL"
