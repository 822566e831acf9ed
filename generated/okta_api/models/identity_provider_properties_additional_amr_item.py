from .._enum import OktaEnum


class IdentityProviderPropertiesAdditionalAmrItem(OktaEnum):
    """Values of `IdentityProviderPropertiesAdditionalAmrItem`; an unknown value parses too (see `OktaEnum`)."""

    HWK = "hwk"
    MFA = "mfa"
    PIN = "pin"
    SC = "sc"
