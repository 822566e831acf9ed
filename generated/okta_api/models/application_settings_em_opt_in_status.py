from .._enum import OktaEnum


class ApplicationSettingsEmOptInStatus(OktaEnum):
    """Values of `ApplicationSettingsEmOptInStatus`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    DISABLING = "DISABLING"
    ENABLED = "ENABLED"
    ENABLING = "ENABLING"
    NONE = "NONE"
