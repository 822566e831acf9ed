from .._enum import OktaEnum


class AuthenticationProviderType(OktaEnum):
    """Values of `AuthenticationProviderType`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE_DIRECTORY = "ACTIVE_DIRECTORY"
    """Specifies a Microsoft Active Directory instance name as the `name` property"""
    FEDERATION = "FEDERATION"
    """Specifies a federated identity provider (such as a SAML IdP) that validates the user's password
    credentials. Doesn't support a `password` or `recovery question` credential. The user must
    authenticate through a trusted identity provider."""
    IMPORT = "IMPORT"
    """Specifies a hashed password that was imported from an external source"""
    LDAP = "LDAP"
    """Specifies the LDAP directory instance name as the `name` property"""
    OKTA = "OKTA"
    """Specifies the Okta identity provider"""
    SOCIAL = "SOCIAL"
    """Specifies an OIDC or third-party social identity provider. Doesn't support a `password` or `recovery
    question` credential. The user must authenticate through a trusted identity provider."""
