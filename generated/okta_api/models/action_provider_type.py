from .._enum import OktaEnum


class ActionProviderType(OktaEnum):
    """Values of `ActionProviderType`; an unknown value parses too (see `OktaEnum`)."""

    WORKFLOWS = "workflows"
