from .._enum import OktaEnum


class DeviceIntegrationsStatus(OktaEnum):
    """Values of `DeviceIntegrationsStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    DEACTIVATED = "DEACTIVATED"
