from .._enum import OktaEnum


class CustomTelephonyProviderCredentialCreateRequestProviderCapability(OktaEnum):
    """Values of `CustomTelephonyProviderCredentialCreateRequestProviderCapability`; an unknown value parses too (see `OktaEnum`)."""

    ALL = "ALL"
