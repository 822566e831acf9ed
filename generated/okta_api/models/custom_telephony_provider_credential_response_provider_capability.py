from .._enum import OktaEnum


class CustomTelephonyProviderCredentialResponseProviderCapability(OktaEnum):
    """Values of `CustomTelephonyProviderCredentialResponseProviderCapability`; an unknown value parses too (see `OktaEnum`)."""

    ALL = "ALL"
