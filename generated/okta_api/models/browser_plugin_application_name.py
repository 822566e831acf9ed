from .._enum import OktaEnum


class BrowserPluginApplicationName(OktaEnum):
    """Values of `BrowserPluginApplicationName`; an unknown value parses too (see `OktaEnum`)."""

    TEMPLATE_SWA = "template_swa"
    TEMPLATE_SWA3FIELD = "template_swa3field"
