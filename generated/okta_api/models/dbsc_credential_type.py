from .._enum import OktaEnum


class DbscCredentialType(OktaEnum):
    """Values of `DbscCredentialType`; an unknown value parses too (see `OktaEnum`)."""

    COOKIE = "cookie"
