from .._enum import OktaEnum


class CustomTelephonyProviderCredentialSendTestRequestFactor(OktaEnum):
    """Values of `CustomTelephonyProviderCredentialSendTestRequestFactor`; an unknown value parses too (see `OktaEnum`)."""

    CALL = "CALL"
    SMS = "SMS"
