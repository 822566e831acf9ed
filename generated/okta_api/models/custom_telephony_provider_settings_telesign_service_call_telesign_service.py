from .._enum import OktaEnum


class CustomTelephonyProviderSettingsTelesignServiceCallTelesignService(OktaEnum):
    """Values of `CustomTelephonyProviderSettingsTelesignServiceCallTelesignService`; an unknown value parses too (see `OktaEnum`)."""

    TELESIGNVERIFYSERVICE = "telesignVerifyService"
    TELESIGNVOICESERVICE = "telesignVoiceService"
