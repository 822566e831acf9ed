from .._enum import OktaEnum


class LogAuthenticationProvider(OktaEnum):
    """Values of `LogAuthenticationProvider`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE_DIRECTORY = "ACTIVE_DIRECTORY"
    FACTOR_PROVIDER = "FACTOR_PROVIDER"
    FEDERATION = "FEDERATION"
    LDAP = "LDAP"
    OKTA_AUTHENTICATION_PROVIDER = "OKTA_AUTHENTICATION_PROVIDER"
    SOCIAL = "SOCIAL"
