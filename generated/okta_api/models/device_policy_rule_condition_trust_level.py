from .._enum import OktaEnum


class DevicePolicyRuleConditionTrustLevel(OktaEnum):
    """Values of `DevicePolicyRuleConditionTrustLevel`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "ANY"
    TRUSTED = "TRUSTED"
