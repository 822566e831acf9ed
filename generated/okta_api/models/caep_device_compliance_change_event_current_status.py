from .._enum import OktaEnum


class CaepDeviceComplianceChangeEventCurrentStatus(OktaEnum):
    """Values of `CaepDeviceComplianceChangeEventCurrentStatus`; an unknown value parses too (see `OktaEnum`)."""

    COMPLIANT = "compliant"
    NOT_COMPLIANT = "not-compliant"
