from .._enum import OktaEnum


class DeviceSignalCollectionPolicyPlatformType(OktaEnum):
    """Values of `DeviceSignalCollectionPolicyPlatformType`; an unknown value parses too (see `OktaEnum`)."""

    DESKTOP = "DESKTOP"
    MOBILE = "MOBILE"
