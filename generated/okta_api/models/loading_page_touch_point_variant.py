from .._enum import OktaEnum


class LoadingPageTouchPointVariant(OktaEnum):
    """Values of `LoadingPageTouchPointVariant`; an unknown value parses too (see `OktaEnum`)."""

    NONE = "NONE"
    """Uses no loading page animation during the redirect"""
    OKTA_DEFAULT = "OKTA_DEFAULT"
    """Uses the default Okta loading page animation during the redirect"""
