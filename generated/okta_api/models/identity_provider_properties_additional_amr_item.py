from .._enum import OktaEnum


class IdentityProviderPropertiesAdditionalAmrItem(OktaEnum):
    """Values of `IdentityProviderPropertiesAdditionalAmrItem`; an unknown value parses too (see `OktaEnum`)."""

    HWK = "hwk"
    """Hardware-secured key"""
    MFA = "mfa"
    """Multifactor authentication"""
    PIN = "pin"
    """Personal identification number"""
    SC = "sc"
    """Smart card"""
