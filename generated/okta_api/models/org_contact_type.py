from .._enum import OktaEnum


class OrgContactType(OktaEnum):
    """Values of `OrgContactType`; an unknown value parses too (see `OktaEnum`)."""

    BILLING = "BILLING"
    TECHNICAL = "TECHNICAL"
