from .._enum import OktaEnum


class BotProtectionLevel(OktaEnum):
    """Values of `BotProtectionLevel`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "ANY"
    """Always flag all requests to trigger enforcement settings, regardless of bot likeliness confidence
    level."""
    HIGH = "HIGH"
    """High - Flags only high-confidence bot requests. Prioritizes a frictionless user experience."""
    LOW = "LOW"
    """Low and above - Flags low-confidence bot requests. Prioritizes a rigorous security."""
    MEDIUM = "MEDIUM"
    """Medium and above - Flags moderate and high-confidence bot requests. Provides a balanced experience
    and security."""
