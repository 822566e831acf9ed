from .._enum import OktaEnum


class KeyTrustLevelBrowserKey(OktaEnum):
    """Values of `KeyTrustLevelBrowserKey`; an unknown value parses too (see `OktaEnum`)."""

    CHROME_BROWSER_HW_KEY = "CHROME_BROWSER_HW_KEY"
    """Identity of the device was attested using a key pair that is OS encapsulated by a hardware layer"""
    CHROME_BROWSER_OS_KEY = "CHROME_BROWSER_OS_KEY"
    """Identity of the device was attested using a key pair that is simply stored on the device but not in
    any specific hardware layer"""
