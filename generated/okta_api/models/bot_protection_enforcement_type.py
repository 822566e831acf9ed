from .._enum import OktaEnum


class BotProtectionEnforcementType(OktaEnum):
    """Values of `BotProtectionEnforcementType`; an unknown value parses too (see `OktaEnum`)."""

    OKTA_CHALLENGE = "OKTA_CHALLENGE"
    """The Okta built-in challenge mechanism"""
