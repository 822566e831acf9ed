from .._enum import OktaEnum


class ErrorPageTouchPointVariant(OktaEnum):
    """Values of `ErrorPageTouchPointVariant`; an unknown value parses too (see `OktaEnum`)."""

    BACKGROUND_IMAGE = "BACKGROUND_IMAGE"
    BACKGROUND_SECONDARY_COLOR = "BACKGROUND_SECONDARY_COLOR"
    OKTA_DEFAULT = "OKTA_DEFAULT"
