from .._enum import OktaEnum


class DeviceIntegrationsMetadataType2Type(OktaEnum):
    """Values of `DeviceIntegrationsMetadataType2Type`; an unknown value parses too (see `OktaEnum`)."""

    DEVICE_IDP = "DEVICE_IDP"
