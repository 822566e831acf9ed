from .._enum import OktaEnum


class ActiveDirectoryGroupScope(OktaEnum):
    """Values of `ActiveDirectoryGroupScope`; an unknown value parses too (see `OktaEnum`)."""

    DOMAIN_LOCAL = "DOMAIN_LOCAL"
    GLOBAL = "GLOBAL"
    UNIVERSAL = "UNIVERSAL"
