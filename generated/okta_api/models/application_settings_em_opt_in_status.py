from .._enum import OktaEnum


class ApplicationSettingsEmOptInStatus(OktaEnum):
    """Values of `ApplicationSettingsEmOptInStatus`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    """Entitlement management for the app is disabled."""
    DISABLING = "DISABLING"
    """Entitlement management for the app was enabled and is now being disabled."""
    ENABLED = "ENABLED"
    """Entitlement management for the app is enabled."""
    ENABLING = "ENABLING"
    """Entitlement management for the app was disabled and is now being enabled."""
    NONE = "NONE"
