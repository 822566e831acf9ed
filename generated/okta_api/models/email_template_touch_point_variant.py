from .._enum import OktaEnum


class EmailTemplateTouchPointVariant(OktaEnum):
    """Values of `EmailTemplateTouchPointVariant`; an unknown value parses too (see `OktaEnum`)."""

    FULL_THEME = "FULL_THEME"
    """Uses the Okta logo and Okta colors in email templates"""
    OKTA_DEFAULT = "OKTA_DEFAULT"
    """Uses the logo from the theme. Uses `primaryColorHex` as the background color for buttons."""
