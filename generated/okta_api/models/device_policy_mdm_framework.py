from .._enum import OktaEnum


class DevicePolicyMDMFramework(OktaEnum):
    """Values of `DevicePolicyMDMFramework`; an unknown value parses too (see `OktaEnum`)."""

    AFW = "AFW"
    NATIVE = "NATIVE"
    SAFE = "SAFE"
