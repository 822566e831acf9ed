from .._enum import OktaEnum


class PolicyRuleVerificationMethodType(OktaEnum):
    """Values of `PolicyRuleVerificationMethodType`; an unknown value parses too (see `OktaEnum`)."""

    ASSURANCE = "ASSURANCE"
    AUTH_METHOD_CHAIN = "AUTH_METHOD_CHAIN"
    ID_PROOFING = "ID_PROOFING"
