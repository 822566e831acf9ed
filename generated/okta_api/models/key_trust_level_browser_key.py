from .._enum import OktaEnum


class KeyTrustLevelBrowserKey(OktaEnum):
    """Values of `KeyTrustLevelBrowserKey`; an unknown value parses too (see `OktaEnum`)."""

    CHROME_BROWSER_HW_KEY = "CHROME_BROWSER_HW_KEY"
    CHROME_BROWSER_OS_KEY = "CHROME_BROWSER_OS_KEY"
