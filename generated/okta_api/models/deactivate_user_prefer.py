from .._enum import OktaEnum


class DeactivateUserPrefer(OktaEnum):
    """Values of `DeactivateUserPrefer`; an unknown value parses too (see `OktaEnum`)."""

    RESPOND_ASYNC = "respond-async"
