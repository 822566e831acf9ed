from .._enum import OktaEnum


class RiskProviderAction(OktaEnum):
    """Values of `RiskProviderAction`; an unknown value parses too (see `OktaEnum`)."""

    ENFORCE_AND_LOG = "enforce_and_log"
    """Use risk event information to evaluate risks during authentication attempts and include risk event
    information in the System Log"""
    LOG_ONLY = "log_only"
    """Include risk event information in the System Log"""
    NONE = "none"
    """No action"""
