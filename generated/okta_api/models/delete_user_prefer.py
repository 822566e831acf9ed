from .._enum import OktaEnum


class DeleteUserPrefer(OktaEnum):
    """Values of `DeleteUserPrefer`; an unknown value parses too (see `OktaEnum`)."""

    RESPOND_ASYNC = "respond-async"
