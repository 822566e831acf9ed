from .._enum import OktaEnum


class EndUserDashboardTouchPointVariant(OktaEnum):
    """Values of `EndUserDashboardTouchPointVariant`; an unknown value parses too (see `OktaEnum`)."""

    FULL_THEME = "FULL_THEME"
    LOGO_ON_FULL_WHITE_BACKGROUND = "LOGO_ON_FULL_WHITE_BACKGROUND"
    OKTA_DEFAULT = "OKTA_DEFAULT"
    WHITE_LOGO_BACKGROUND = "WHITE_LOGO_BACKGROUND"
