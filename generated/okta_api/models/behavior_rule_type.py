from .._enum import OktaEnum


class BehaviorRuleType(OktaEnum):
    """Values of `BehaviorRuleType`; an unknown value parses too (see `OktaEnum`)."""

    ANOMALOUS_ASN = "ANOMALOUS_ASN"
    ANOMALOUS_DEVICE = "ANOMALOUS_DEVICE"
    ANOMALOUS_IP = "ANOMALOUS_IP"
    ANOMALOUS_LOCATION = "ANOMALOUS_LOCATION"
    VELOCITY = "VELOCITY"
