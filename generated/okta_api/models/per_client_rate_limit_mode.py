from .._enum import OktaEnum


class PerClientRateLimitMode(OktaEnum):
    """Values of `PerClientRateLimitMode`; an unknown value parses too (see `OktaEnum`)."""

    DISABLE = "DISABLE"
    ENFORCE = "ENFORCE"
    PREVIEW = "PREVIEW"
