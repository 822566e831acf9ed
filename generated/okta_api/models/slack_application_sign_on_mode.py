from .._enum import OktaEnum


class SlackApplicationSignOnMode(OktaEnum):
    """Values of `SlackApplicationSignOnMode`; an unknown value parses too (see `OktaEnum`)."""

    BROWSER_PLUGIN = "BROWSER_PLUGIN"
    SAML_2_0 = "SAML_2_0"
