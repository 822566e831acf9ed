from .._enum import OktaEnum


class DeleteEmailDomainExpandItem(OktaEnum):
    """Values of `DeleteEmailDomainExpandItem`; an unknown value parses too (see `OktaEnum`)."""

    BRANDS = "brands"
