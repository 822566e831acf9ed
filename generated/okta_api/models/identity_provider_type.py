from .._enum import OktaEnum


class IdentityProviderType(OktaEnum):
    """Values of `IdentityProviderType`; an unknown value parses too (see `OktaEnum`)."""

    AGENTLESSDSSO = "AgentlessDSSO"
    FACEBOOK = "FACEBOOK"
    GOOGLE = "GOOGLE"
    IWA = "IWA"
    LINKEDIN = "LINKEDIN"
    MICROSOFT = "MICROSOFT"
    OIDC = "OIDC"
    OKTA = "OKTA"
    SAML2 = "SAML2"
    X509 = "X509"
