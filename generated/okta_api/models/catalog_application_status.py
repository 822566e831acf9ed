from .._enum import OktaEnum


class CatalogApplicationStatus(OktaEnum):
    """Values of `CatalogApplicationStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
