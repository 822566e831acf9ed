from .._enum import OktaEnum


class ActionProviderPayloadType(OktaEnum):
    """Values of `ActionProviderPayloadType`; an unknown value parses too (see `OktaEnum`)."""

    WORKFLOWS = "WORKFLOWS"
