from .._enum import OktaEnum


class CreateEmailDomainExpandItem(OktaEnum):
    """Values of `CreateEmailDomainExpandItem`; an unknown value parses too (see `OktaEnum`)."""

    BRANDS = "brands"
