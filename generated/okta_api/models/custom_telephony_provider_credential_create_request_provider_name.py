from .._enum import OktaEnum


class CustomTelephonyProviderCredentialCreateRequestProviderName(OktaEnum):
    """Values of `CustomTelephonyProviderCredentialCreateRequestProviderName`; an unknown value parses too (see `OktaEnum`)."""

    TELESIGN = "TELESIGN"
    TWILIO = "TWILIO"
