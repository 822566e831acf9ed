from .._enum import OktaEnum


class PatchAction(OktaEnum):
    """Values of `PatchAction`; an unknown value parses too (see `OktaEnum`)."""

    REMOVE = "remove"
    REPLACE = "replace"
