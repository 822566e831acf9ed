from .._enum import OktaEnum


class ChildOrgTokenType(OktaEnum):
    """Values of `ChildOrgTokenType`; an unknown value parses too (see `OktaEnum`)."""

    SSWS = "SSWS"
