from .._enum import OktaEnum


class ErrorPageTouchPointVariant(OktaEnum):
    """Values of `ErrorPageTouchPointVariant`; an unknown value parses too (see `OktaEnum`)."""

    BACKGROUND_IMAGE = "BACKGROUND_IMAGE"
    """Uses the logo, favicon, and background image from the theme"""
    BACKGROUND_SECONDARY_COLOR = "BACKGROUND_SECONDARY_COLOR"
    """Uses the logo and favicon from the theme. Uses `secondaryColorHex` as the background color for the
    error page."""
    OKTA_DEFAULT = "OKTA_DEFAULT"
    """Uses the Okta logo, favicon, and background color"""
