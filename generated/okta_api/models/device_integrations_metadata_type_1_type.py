from .._enum import OktaEnum


class DeviceIntegrationsMetadataType1Type(OktaEnum):
    """Values of `DeviceIntegrationsMetadataType1Type`; an unknown value parses too (see `OktaEnum`)."""

    WORKSPACE_ONE = "WORKSPACE_ONE"
