from .._enum import OktaEnum


class ApplicationSettingsNotificationsVpnNetworkConnection(OktaEnum):
    """Values of `ApplicationSettingsNotificationsVpnNetworkConnection`; an unknown value parses too (see `OktaEnum`)."""

    ANYWHERE = "ANYWHERE"
    """Displays VPN connection information regardless of the browser's client IP. The notification appears
    before the end user can access the app."""
    DISABLED = "DISABLED"
    """The default state. Retain this setting for apps that don't require a VPN connection."""
    OFF_NETWORK = "OFF_NETWORK"
    """Displays VPN connection information only when the browser's client IP doesn't match the configured
    Public Gateway IPs. The notification appears before the end user can access the app."""
    ON_NETWORK = "ON_NETWORK"
    """Displays VPN connection information only when a browser's client IP matches the configured Public
    Gateway IPs. The notification appears before the end user can access the app."""
    ZONE = "ZONE"
