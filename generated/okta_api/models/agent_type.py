from .._enum import OktaEnum


class AgentType(OktaEnum):
    """Values of `AgentType`; an unknown value parses too (see `OktaEnum`)."""

    AD = "AD"
    IWA = "IWA"
    LDAP = "LDAP"
    MFA = "MFA"
    OPP = "OPP"
    RADIUS = "Radius"
    RUM = "RUM"
