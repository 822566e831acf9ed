from .._enum import OktaEnum


class ApplicationSettingsNotificationsVpnNetworkConnection(OktaEnum):
    """Values of `ApplicationSettingsNotificationsVpnNetworkConnection`; an unknown value parses too (see `OktaEnum`)."""

    ANYWHERE = "ANYWHERE"
    DISABLED = "DISABLED"
    OFF_NETWORK = "OFF_NETWORK"
    ON_NETWORK = "ON_NETWORK"
    ZONE = "ZONE"
