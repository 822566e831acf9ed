from .._enum import OktaEnum


class CustomTelephonyProviderCredentialResponseProviderName(OktaEnum):
    """Values of `CustomTelephonyProviderCredentialResponseProviderName`; an unknown value parses too (see `OktaEnum`)."""

    TELESIGN = "TELESIGN"
    TWILIO = "TWILIO"
