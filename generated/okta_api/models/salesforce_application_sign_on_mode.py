from .._enum import OktaEnum


class SalesforceApplicationSignOnMode(OktaEnum):
    """Values of `SalesforceApplicationSignOnMode`; an unknown value parses too (see `OktaEnum`)."""

    BOOKMARK = "BOOKMARK"
    BROWSER_PLUGIN = "BROWSER_PLUGIN"
    SAML_2_0 = "SAML_2_0"
