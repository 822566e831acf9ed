from .._enum import OktaEnum


class ListBrandsExpandItem(OktaEnum):
    """Values of `ListBrandsExpandItem`; an unknown value parses too (see `OktaEnum`)."""

    DOMAINS = "domains"
    EMAILDOMAIN = "emailDomain"
    THEMES = "themes"
