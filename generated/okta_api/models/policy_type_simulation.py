from .._enum import OktaEnum


class PolicyTypeSimulation(OktaEnum):
    """Values of `PolicyTypeSimulation`; an unknown value parses too (see `OktaEnum`)."""

    ACCESS_POLICY = "ACCESS_POLICY"
    MFA_ENROLL = "MFA_ENROLL"
    OKTA_SIGN_ON = "OKTA_SIGN_ON"
    PROFILE_ENROLLMENT = "PROFILE_ENROLLMENT"
