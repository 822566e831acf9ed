from .._enum import OktaEnum


class ChildOrgEdition(OktaEnum):
    """Values of `ChildOrgEdition`; an unknown value parses too (see `OktaEnum`)."""

    SKU = "SKU"
