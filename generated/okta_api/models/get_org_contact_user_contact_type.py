from .._enum import OktaEnum


class GetOrgContactUserContactType(OktaEnum):
    """Values of `GetOrgContactUserContactType`; an unknown value parses too (see `OktaEnum`)."""

    BILLING = "BILLING"
    TECHNICAL = "TECHNICAL"
