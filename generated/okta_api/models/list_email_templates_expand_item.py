from .._enum import OktaEnum


class ListEmailTemplatesExpandItem(OktaEnum):
    """Values of `ListEmailTemplatesExpandItem`; an unknown value parses too (see `OktaEnum`)."""

    CUSTOMIZATIONCOUNT = "customizationCount"
    SETTINGS = "settings"
