from .._enum import OktaEnum


class WidgetGeneration(OktaEnum):
    """Values of `WidgetGeneration`; an unknown value parses too (see `OktaEnum`)."""

    G2 = "G2"
    G3 = "G3"
