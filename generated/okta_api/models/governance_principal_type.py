from .._enum import OktaEnum


class GovernancePrincipalType(OktaEnum):
    """Values of `GovernancePrincipalType`; an unknown value parses too (see `OktaEnum`)."""

    OKTA_USER = "OKTA_USER"
    UNKNOWN = "UNKNOWN"
