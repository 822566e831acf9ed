from .._enum import OktaEnum


class WsFederationApplicationSettingsApplicationGroupValueFormat(OktaEnum):
    """Values of `WsFederationApplicationSettingsApplicationGroupValueFormat`; an unknown value parses too (see `OktaEnum`)."""

    DN = "dn"
    SAMACCOUNTNAME = "samAccountName"
    WINDOWSDOMAINQUALIFIEDNAME = "windowsDomainQualifiedName"
