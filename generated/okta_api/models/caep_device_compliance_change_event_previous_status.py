from .._enum import OktaEnum


class CaepDeviceComplianceChangeEventPreviousStatus(OktaEnum):
    """Values of `CaepDeviceComplianceChangeEventPreviousStatus`; an unknown value parses too (see `OktaEnum`)."""

    COMPLIANT = "compliant"
    NOT_COMPLIANT = "not-compliant"
