from .._enum import OktaEnum


class SignInPageTouchPointVariant(OktaEnum):
    """Values of `SignInPageTouchPointVariant`; an unknown value parses too (see `OktaEnum`)."""

    BACKGROUND_IMAGE = "BACKGROUND_IMAGE"
    """Uses the logo, favicon, and background image from the theme"""
    BACKGROUND_SECONDARY_COLOR = "BACKGROUND_SECONDARY_COLOR"
    """Uses the logo and favicon from the theme. Uses `secondaryColorHex` as the background color for the
    Okta sign-in page."""
    OKTA_DEFAULT = "OKTA_DEFAULT"
    """Uses the Okta logo and favicon with no background image. Uses the Okta colors on the Okta sign-in
    page."""
