from .._enum import OktaEnum


class SafeBrowsingProtectionLevel(OktaEnum):
    """Values of `SafeBrowsingProtectionLevel`; an unknown value parses too (see `OktaEnum`)."""

    ENHANCED_PROTECTION = "ENHANCED_PROTECTION"
    """Safe Browsing is active in the enhanced mode"""
    NO_SAFE_BROWSING = "NO_SAFE_BROWSING"
    """Safe Browsing is never active"""
    STANDARD_PROTECTION = "STANDARD_PROTECTION"
    """Safe Browsing is active in the standard mode"""
