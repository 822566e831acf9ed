from .._enum import OktaEnum


class UserFactorVerifyResult(OktaEnum):
    """Values of `UserFactorVerifyResult`; an unknown value parses too (see `OktaEnum`)."""

    CHALLENGE = "CHALLENGE"
    """Okta issued a verification challenge"""
    ERROR = "ERROR"
    """Verification encountered an unexpected server error"""
    EXPIRED = "EXPIRED"
    """User didn't complete the verification within the allowed time window"""
    FAILED = "FAILED"
    """Verification failed"""
    PASSCODE_REPLAYED = "PASSCODE_REPLAYED"
    """User previously verified the factor within the same time window. Another verification is required
    during another time window."""
    REJECTED = "REJECTED"
    """User rejected the verification"""
    SUCCESS = "SUCCESS"
    """User completed the verification"""
    TIMEOUT = "TIMEOUT"
    """Okta didn't complete the verification within the allowed time window"""
    TIME_WINDOW_EXCEEDED = "TIME_WINDOW_EXCEEDED"
    """User completed the verification outside of the allowed time window. Another verification is
    required."""
