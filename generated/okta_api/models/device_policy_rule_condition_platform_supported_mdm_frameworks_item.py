from .._enum import OktaEnum


class DevicePolicyRuleConditionPlatformSupportedMDMFrameworksItem(OktaEnum):
    """Values of `DevicePolicyRuleConditionPlatformSupportedMDMFrameworksItem`; an unknown value parses too (see `OktaEnum`)."""

    AFW = "AFW"
    NATIVE = "NATIVE"
    SAFE = "SAFE"
