from .._enum import OktaEnum


class GetBrandExpandItem(OktaEnum):
    """Values of `GetBrandExpandItem`; an unknown value parses too (see `OktaEnum`)."""

    DOMAINS = "domains"
    EMAILDOMAIN = "emailDomain"
    THEMES = "themes"
