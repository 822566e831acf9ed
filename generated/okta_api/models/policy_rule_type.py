from .._enum import OktaEnum


class PolicyRuleType(OktaEnum):
    """Values of `PolicyRuleType`; an unknown value parses too (see `OktaEnum`)."""

    ACCESS_POLICY = "ACCESS_POLICY"
    PASSWORD = "PASSWORD"
    PROFILE_ENROLLMENT = "PROFILE_ENROLLMENT"
    SIGN_ON = "SIGN_ON"
