from .._enum import OktaEnum


class Org2OrgApplicationSignOnMode(OktaEnum):
    """Values of `Org2OrgApplicationSignOnMode`; an unknown value parses too (see `OktaEnum`)."""

    AUTO_LOGIN = "AUTO_LOGIN"
    SAML_2_0 = "SAML_2_0"
