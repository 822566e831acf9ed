from .._enum import OktaEnum


class AppUserScope(OktaEnum):
    """Values of `AppUserScope`; an unknown value parses too (see `OktaEnum`)."""

    GROUP = "GROUP"
    USER = "USER"
