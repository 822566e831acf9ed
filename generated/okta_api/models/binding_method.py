from .._enum import OktaEnum


class BindingMethod(OktaEnum):
    """Values of `BindingMethod`; an unknown value parses too (see `OktaEnum`)."""

    NONE = "none"
    PROMPT = "prompt"
    TRANSFER = "transfer"
