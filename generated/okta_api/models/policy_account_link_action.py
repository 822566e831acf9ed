from .._enum import OktaEnum


class PolicyAccountLinkAction(OktaEnum):
    """Values of `PolicyAccountLinkAction`; an unknown value parses too (see `OktaEnum`)."""

    AUTO = "AUTO"
    DISABLED = "DISABLED"
