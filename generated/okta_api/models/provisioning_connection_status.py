from .._enum import OktaEnum


class ProvisioningConnectionStatus(OktaEnum):
    """Values of `ProvisioningConnectionStatus`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    """The provisioning connection is disabled."""
    ENABLED = "ENABLED"
    """The provisioning connection is enabled."""
    UNKNOWN = "UNKNOWN"
    """Provisioning isn't supported by the app, or the authentication method is unknown."""
