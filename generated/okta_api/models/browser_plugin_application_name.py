from .._enum import OktaEnum


class BrowserPluginApplicationName(OktaEnum):
    """Values of `BrowserPluginApplicationName`; an unknown value parses too (see `OktaEnum`)."""

    TEMPLATE_SWA = "template_swa"
    """The key name for a SWA app instance that requires a browser plugin"""
    TEMPLATE_SWA3FIELD = "template_swa3field"
    """The key name for a SWA app instance that requires a browser plugin and supports three CSS selectors"""
