from .._enum import OktaEnum


class GetEmailTemplateExpandItem(OktaEnum):
    """Values of `GetEmailTemplateExpandItem`; an unknown value parses too (see `OktaEnum`)."""

    CUSTOMIZATIONCOUNT = "customizationCount"
    SETTINGS = "settings"
