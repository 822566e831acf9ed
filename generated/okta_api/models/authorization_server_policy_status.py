from .._enum import OktaEnum


class AuthorizationServerPolicyStatus(OktaEnum):
    """Values of `AuthorizationServerPolicyStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
