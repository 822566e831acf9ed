from .._enum import OktaEnum


class LoadingPageTouchPointVariant(OktaEnum):
    """Values of `LoadingPageTouchPointVariant`; an unknown value parses too (see `OktaEnum`)."""

    NONE = "NONE"
    OKTA_DEFAULT = "OKTA_DEFAULT"
