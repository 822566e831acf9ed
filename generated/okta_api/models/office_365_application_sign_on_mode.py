from .._enum import OktaEnum


class Office365ApplicationSignOnMode(OktaEnum):
    """Values of `Office365ApplicationSignOnMode`; an unknown value parses too (see `OktaEnum`)."""

    BROWSER_PLUGIN = "BROWSER_PLUGIN"
    SAML_1_1 = "SAML_1_1"
