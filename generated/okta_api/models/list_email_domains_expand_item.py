from .._enum import OktaEnum


class ListEmailDomainsExpandItem(OktaEnum):
    """Values of `ListEmailDomainsExpandItem`; an unknown value parses too (see `OktaEnum`)."""

    BRANDS = "brands"
