from .._enum import OktaEnum


class SafeBrowsingProtectionLevel(OktaEnum):
    """Values of `SafeBrowsingProtectionLevel`; an unknown value parses too (see `OktaEnum`)."""

    ENHANCED_PROTECTION = "ENHANCED_PROTECTION"
    NO_SAFE_BROWSING = "NO_SAFE_BROWSING"
    STANDARD_PROTECTION = "STANDARD_PROTECTION"
