from .._enum import OktaEnum


class DeviceContextProviderUserIdentification(OktaEnum):
    """Values of `DeviceContextProviderUserIdentification`; an unknown value parses too (see `OktaEnum`)."""

    ALLOW = "ALLOW"
    IGNORE = "IGNORE"
