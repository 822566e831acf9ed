from .._enum import OktaEnum


class PatchAction(OktaEnum):
    """Values of `PatchAction`; an unknown value parses too (see `OktaEnum`)."""

    REMOVE = "remove"
    """Removes the attribute in `path` if allowed"""
    REPLACE = "replace"
    """Replaces the attribute in content `path` with the content in `value`"""
