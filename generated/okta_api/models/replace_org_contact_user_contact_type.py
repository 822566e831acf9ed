from .._enum import OktaEnum


class ReplaceOrgContactUserContactType(OktaEnum):
    """Values of `ReplaceOrgContactUserContactType`; an unknown value parses too (see `OktaEnum`)."""

    BILLING = "BILLING"
    TECHNICAL = "TECHNICAL"
