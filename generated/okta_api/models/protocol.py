from .._enum import OktaEnum


class Protocol(OktaEnum):
    """Values of `Protocol`; an unknown value parses too (see `OktaEnum`)."""

    ACTIONS = "ACTIONS"
    GTR = "GTR"
    ID_PROOFING = "ID_PROOFING"
    OAUTH2 = "OAUTH2"
    OIDC = "OIDC"
    SAML = "SAML"
    SCIM = "SCIM"
