from .._enum import OktaEnum


class RiskProviderAction(OktaEnum):
    """Values of `RiskProviderAction`; an unknown value parses too (see `OktaEnum`)."""

    ENFORCE_AND_LOG = "enforce_and_log"
    LOG_ONLY = "log_only"
    NONE = "none"
