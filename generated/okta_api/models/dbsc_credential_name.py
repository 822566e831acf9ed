from .._enum import OktaEnum


class DbscCredentialName(OktaEnum):
    """Values of `DbscCredentialName`; an unknown value parses too (see `OktaEnum`)."""

    DBSC = "dbsc"
