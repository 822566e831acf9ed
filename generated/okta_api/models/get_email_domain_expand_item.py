from .._enum import OktaEnum


class GetEmailDomainExpandItem(OktaEnum):
    """Values of `GetEmailDomainExpandItem`; an unknown value parses too (see `OktaEnum`)."""

    BRANDS = "brands"
