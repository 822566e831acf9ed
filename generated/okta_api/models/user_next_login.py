from .._enum import OktaEnum


class UserNextLogin(OktaEnum):
    """Values of `UserNextLogin`; an unknown value parses too (see `OktaEnum`)."""

    CHANGEPASSWORD = "changePassword"
