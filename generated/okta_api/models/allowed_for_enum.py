from .._enum import OktaEnum


class AllowedForEnum(OktaEnum):
    """Values of `AllowedForEnum`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "any"
    NONE = "none"
    RECOVERY = "recovery"
    SSO = "sso"
