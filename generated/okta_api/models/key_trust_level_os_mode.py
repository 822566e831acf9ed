from .._enum import OktaEnum


class KeyTrustLevelOSMode(OktaEnum):
    """Values of `KeyTrustLevelOSMode`; an unknown value parses too (see `OktaEnum`)."""

    CHROME_OS_DEVELOPER_MODE = "CHROME_OS_DEVELOPER_MODE"
    """Identity of the device was attested using an enterprise-emitted certificate, and the device is in
    Developer mode"""
    CHROME_OS_VERIFIED_MODE = "CHROME_OS_VERIFIED_MODE"
    """Identity of the device was attested using an enterprise-emitted certificate, and the device is in
    Verified mode"""
