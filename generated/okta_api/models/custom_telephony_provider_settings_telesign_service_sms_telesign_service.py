from .._enum import OktaEnum


class CustomTelephonyProviderSettingsTelesignServiceSmsTelesignService(OktaEnum):
    """Values of `CustomTelephonyProviderSettingsTelesignServiceSmsTelesignService`; an unknown value parses too (see `OktaEnum`)."""

    TELESIGNMESSAGINGSERVICE = "telesignMessagingService"
    TELESIGNVERIFYSERVICE = "telesignVerifyService"
