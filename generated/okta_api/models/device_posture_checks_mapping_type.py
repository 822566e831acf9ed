from .._enum import OktaEnum


class DevicePostureChecksMappingType(OktaEnum):
    """Values of `DevicePostureChecksMappingType`; an unknown value parses too (see `OktaEnum`)."""

    CHECKBOX = "CHECKBOX"
    TEXTBOX = "TEXTBOX"
