from .._enum import OktaEnum


class DevicePolicyTrustLevel(OktaEnum):
    """Values of `DevicePolicyTrustLevel`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "ANY"
    TRUSTED = "TRUSTED"
