from .._enum import OktaEnum


class ReplaceEmailDomainExpandItem(OktaEnum):
    """Values of `ReplaceEmailDomainExpandItem`; an unknown value parses too (see `OktaEnum`)."""

    BRANDS = "brands"
