from .._enum import OktaEnum


class DeviceIntegrationsMetadataType0Type(OktaEnum):
    """Values of `DeviceIntegrationsMetadataType0Type`; an unknown value parses too (see `OktaEnum`)."""

    CHROME = "CHROME"
