from .._enum import OktaEnum


class EmailTemplateTouchPointVariant(OktaEnum):
    """Values of `EmailTemplateTouchPointVariant`; an unknown value parses too (see `OktaEnum`)."""

    FULL_THEME = "FULL_THEME"
    OKTA_DEFAULT = "OKTA_DEFAULT"
