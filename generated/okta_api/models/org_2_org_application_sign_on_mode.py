from .._enum import OktaEnum


class Org2OrgApplicationSignOnMode(OktaEnum):
    """Values of `Org2OrgApplicationSignOnMode`; an unknown value parses too (see `OktaEnum`)."""

    AUTO_LOGIN = "AUTO_LOGIN"
    """Secure Web Authentication (SWA)"""
    SAML_2_0 = "SAML_2_0"
    """Federated Authentication with SAML 2.0 WebSSO"""
