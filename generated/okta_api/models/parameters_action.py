from .._enum import OktaEnum


class ParametersAction(OktaEnum):
    """Values of `ParametersAction`; an unknown value parses too (see `OktaEnum`)."""

    ADD = "ADD"
    REMOVE = "REMOVE"
