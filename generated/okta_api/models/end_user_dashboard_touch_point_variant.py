from .._enum import OktaEnum


class EndUserDashboardTouchPointVariant(OktaEnum):
    """Values of `EndUserDashboardTouchPointVariant`; an unknown value parses too (see `OktaEnum`)."""

    FULL_THEME = "FULL_THEME"
    """Uses the logo and favicon from the theme. Uses `primaryColorHex` for the logo and the side
    navigation bar background color."""
    LOGO_ON_FULL_WHITE_BACKGROUND = "LOGO_ON_FULL_WHITE_BACKGROUND"
    """Uses the logo and favicon from the theme. Uses white background color for the logo and the side
    navigation bar background color."""
    OKTA_DEFAULT = "OKTA_DEFAULT"
    """Uses the Okta logo and favicon. Uses a white background color for the logo and the side navigation
    bar background color."""
    WHITE_LOGO_BACKGROUND = "WHITE_LOGO_BACKGROUND"
    """Uses the logo and favicon from the theme, with a white background color for the logo. Uses
    `primaryColorHex` for the side navigation bar background color."""
