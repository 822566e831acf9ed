from .._enum import OktaEnum


class ProvisioningConnectionStatus(OktaEnum):
    """Values of `ProvisioningConnectionStatus`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    ENABLED = "ENABLED"
    UNKNOWN = "UNKNOWN"
