from .._enum import OktaEnum


class PolicyRuleAuthContextType(OktaEnum):
    """Values of `PolicyRuleAuthContextType`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "ANY"
    LDAP_INTERFACE = "LDAP_INTERFACE"
    RADIUS = "RADIUS"
